<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About RMOS Desktop</source>
        <translation>Acerca de RMOS Desktop</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>Review…  %1</source>
        <translation>Revisar…  %1</translation>
    </message>
    <message>
        <source>Record a supervisor&apos;s review of the selected run (%1)</source>
        <translation>Registrar la revisión del supervisor de la ejecución seleccionada (%1)</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>The selected run beside another: only what differs</source>
        <translation>La ejecución seleccionada junto a otra: solo lo que difiere</translation>
    </message>
    <message>
        <source>Open in preview</source>
        <translation>Abrir en vista previa</translation>
    </message>
    <message>
        <source>Open G-code file</source>
        <translation>Abrir archivo de código G</translation>
    </message>
    <message>
        <source>Export to USB…</source>
        <translation>Exportar a USB…</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Informe…</translation>
    </message>
    <message>
        <source>Write the selected run&apos;s PDF report</source>
        <translation>Escribir el informe PDF de la ejecución seleccionada</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read runs other workstations or programs added (%1)</source>
        <translation>Leer las ejecuciones añadidas por otros puestos o programas (%1)</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive old runs</source>
        <translation>Archivar ejecuciones antiguas</translation>
    </message>
    <message>
        <source>Moves whole days of runs out of the runs directory into one zip file. Every artifact is checked against the audit ledger first; the zip is read back and checked; an archive record is kept in the runs directory; only then are the day folders removed. Archived runs stay listed in the history. Nothing is deleted if any step fails. Today&apos;s runs are never archived.</source>
        <translation>Mueve días completos de ejecuciones de la carpeta de ejecuciones a un archivo zip. Primero se comprueba cada artefacto contra el diario de auditoría; el zip se vuelve a leer y se comprueba; en la carpeta de ejecuciones queda un registro del archivo; solo entonces se borran las carpetas de los días. Las ejecuciones archivadas siguen en el historial. Si falla algún paso, no se borra nada. Las ejecuciones de hoy nunca se archivan.</translation>
    </message>
    <message>
        <source>Archive days before</source>
        <translation>Archivar días anteriores al</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Carpeta de archivo</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Restore from an archive…</source>
        <translation>Restaurar desde un archivo…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose the folder the archive goes to (a network share or a disk).</source>
        <translation>Elija la carpeta del archivo (una carpeta de red o un disco).</translation>
    </message>
    <message>
        <source>Checking and archiving…</source>
        <translation>Comprobando y archivando…</translation>
    </message>
    <message numerus="yes">
        <source>Archived %Ln run(s) from %1 day(s) into %2
SHA-256 %3</source>
        <translation>
            <numerusform>%Ln ejecución de %1 día(s) archivada en %2
SHA-256 %3</numerusform>
            <numerusform>%Ln ejecuciones de %1 día(s) archivadas en %2
SHA-256 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>Restaurar desde archivo</translation>
    </message>
    <message>
        <source>RMOS archives (*.zip)</source>
        <translation>Archivos RMOS (*.zip)</translation>
    </message>
    <message>
        <source>Verifying and restoring…</source>
        <translation>Comprobando y restaurando…</translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln file(s) from %1</source>
        <translation>
            <numerusform>%Ln archivo restaurado desde %1</numerusform>
            <numerusform>%Ln archivos restaurados desde %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit the run records</source>
        <translation>Auditar los registros de ejecución</translation>
    </message>
    <message>
        <source>optional: SEQ:HASH from an export statement or a report footer</source>
        <translation>opcional: SEQ:HASH de un justificante de exportación o del pie de un informe</translation>
    </message>
    <message>
        <source>Expected ledger head</source>
        <translation>Estado esperado del diario</translation>
    </message>
    <message>
        <source>Run audit</source>
        <translation>Iniciar auditoría</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Station key</source>
        <translation>Clave del puesto</translation>
    </message>
    <message>
        <source>looking…</source>
        <translation>buscando…</translation>
    </message>
    <message>
        <source>Latest checkpoint</source>
        <translation>Último punto de control</translation>
    </message>
    <message>
        <source>Make checkpoint now</source>
        <translation>Crear punto de control ahora</translation>
    </message>
    <message>
        <source>Check the records since the last checkpoint and sign the ledger head with the station key</source>
        <translation>Comprobar los registros desde el último punto de control y firmar el estado del diario con la clave del puesto</translation>
    </message>
    <message>
        <source>Cosign with a key on a stick…</source>
        <translation>Firmar también con una clave en un USB…</translation>
    </message>
    <message>
        <source>A supervisor&apos;s key (made with `rmos keys init`, kept off this workstation) adds its signature to the latest checkpoint: a later rewrite of the records it covers is then caught</source>
        <translation>La clave de un supervisor (creada con `rmos keys init`, guardada fuera de este puesto) añade su firma al último punto de control: una reescritura posterior de los registros que cubre se detecta</translation>
    </message>
    <message>
        <source>none usable: records are not signed (the log file says why)</source>
        <translation>ninguna utilizable: los registros no se firman (el archivo de log dice por qué)</translation>
    </message>
    <message>
        <source>Its public key (to check the records elsewhere): %1</source>
        <translation>Su clave pública (para comprobar los registros en otro lugar): %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>not cosigned</source>
        <translation>sin segunda firma</translation>
    </message>
    <message>
        <source>size %1 (ledger lines 1–%1), made %2; signed by %3; cosigned by: %4</source>
        <translation>tamaño %1 (líneas del diario 1–%1), creado %2; firmado por %3; segunda firma: %4</translation>
    </message>
    <message>
        <source>it could not be recorded: %1</source>
        <translation>no se pudo registrar: %1</translation>
    </message>
    <message>
        <source>Nothing was signed: %1</source>
        <translation>No se firmó nada: %1</translation>
    </message>
    <message>
        <source>Checking the records and signing a checkpoint…</source>
        <translation>Comprobando los registros y firmando un punto de control…</translation>
    </message>
    <message>
        <source>✔ Checkpoint of ledger line %1 signed by the station key %2 and recorded.</source>
        <translation>✔ Punto de control de la línea %1 del diario firmado con la clave del puesto %2 y registrado.</translation>
    </message>
    <message>
        <source>Checked: %1
Recorded in %2</source>
        <translation>Comprobado: %1
Registrado en %2</translation>
    </message>
    <message>
        <source>Cosign with a key on a stick</source>
        <translation>Firmar también con una clave en un USB</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Archivos de clave (*.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cosigning with %1…</source>
        <translation>Firmando con %1…</translation>
    </message>
    <message>
        <source>No checkpoint covered the last records: one of line %1 was made first. </source>
        <translation>Ningún punto de control cubría los últimos registros: primero se creó uno de la línea %1. </translation>
    </message>
    <message>
        <source>✔ Checkpoint of ledger line %1 cosigned by key %2 and recorded.</source>
        <translation>✔ Punto de control de la línea %1 del diario firmado también con la clave %2 y registrado.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
    <message>
        <source>Checks the audit ledger and every run file in %1: modified, missing or planted files, edited, deleted or reordered ledger lines. With an expected head (quoted by every export statement and report) it also catches a ledger cut short or rewritten. This detects tampering; it does not prevent it.</source>
        <translation>Comprueba el diario de auditoría y cada archivo de ejecución en %1: archivos modificados, ausentes o añadidos, líneas del diario editadas, borradas o reordenadas. Con un estado esperado (indicado en cada justificante de exportación e informe) detecta también un diario recortado o reescrito. Esto descubre manipulaciones; no las impide.</translation>
    </message>
    <message>
        <source>The expected head must look like 12:&lt;64 hex digits&gt;, as an export statement quotes it.</source>
        <translation>El estado esperado tiene la forma 12:&lt;64 dígitos hex&gt;, como lo indica un justificante de exportación.</translation>
    </message>
    <message>
        <source>Nothing has been recorded in %1 yet.</source>
        <translation>Todavía no hay nada registrado en %1.</translation>
    </message>
    <message>
        <source>Checking the ledger and every run file…</source>
        <translation>Comprobando el diario y cada archivo de ejecución…</translation>
    </message>
    <message numerus="yes">
        <source>✔ All %Ln record(s) consistent, ledger head %1</source>
        <translation>
            <numerusform>✔ %Ln registro coherente, estado del diario %1</numerusform>
            <numerusform>✔ Los %Ln registros son coherentes, estado del diario %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(no ledger yet)</source>
        <translation>(aún no hay diario)</translation>
    </message>
    <message numerus="yes">
        <source>✖ %Ln problem(s) found. Ledger head %1.</source>
        <translation>
            <numerusform>✖ %Ln problema encontrado. Estado del diario %1.</numerusform>
            <numerusform>✖ %Ln problemas encontrados. Estado del diario %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more problem(s): run `rmos audit verify --json` for the full list</source>
        <translation>
            <numerusform>%Ln problema más: `rmos audit verify --json` da la lista completa</numerusform>
            <numerusform>%Ln problemas más: `rmos audit verify --json` da la lista completa</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>ledger seq</source>
        <translation>n.º en el diario</translation>
    </message>
    <message>
        <source>ledger line</source>
        <translation>línea del diario</translation>
    </message>
    <message>
        <source>The audit could not run: %1</source>
        <translation>No se pudo realizar la auditoría: %1</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare runs</source>
        <translation>Comparar ejecuciones</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <source>Only differences</source>
        <translation>Solo diferencias</translation>
    </message>
    <message>
        <source>No other run to compare with.</source>
        <translation>No hay otra ejecución con la que comparar.</translation>
    </message>
    <message>
        <source>Cannot read the run: %1</source>
        <translation>No se puede leer la ejecución: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>%n campo difiere.</numerusform>
            <numerusform>%n campos difieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two runs do not differ.</source>
        <translation>Las dos ejecuciones no difieren.</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>blade speed</source>
        <translation>velocidad de la hoja</translation>
    </message>
    <message>
        <source>rim speed</source>
        <translation>velocidad periférica</translation>
    </message>
    <message>
        <source>bite</source>
        <translation>avance por diente</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>profundidad</translation>
    </message>
    <message>
        <source>power (est.)</source>
        <translation>potencia (est.)</translation>
    </message>
    <message>
        <source>feed</source>
        <translation>avance</translation>
    </message>
    <message>
        <source>envelope</source>
        <translation>recorrido</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>cut length</source>
        <translation>longitud de corte</translation>
    </message>
    <message>
        <source>kerf pitch</source>
        <translation>paso de cortes</translation>
    </message>
    <message>
        <source>kerf / plate</source>
        <translation>ancho de corte / disco</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>pieza en bruto</translation>
    </message>
    <message>
        <source>rpm</source>
        <translation>rpm</translation>
    </message>
    <message>
        <source>mm/tooth</source>
        <translation>mm/diente</translation>
    </message>
    <message>
        <source>in/tooth</source>
        <translation>in/diente</translation>
    </message>
    <message>
        <source>mm/t</source>
        <translation>mm/d</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>≤ %1 (max %2)</source>
        <translation>≤ %1 (máx. %2)</translation>
    </message>
    <message>
        <source>%1–%2 (hard %3)</source>
        <translation>%1–%2 (límite %3)</translation>
    </message>
    <message>
        <source>%1–%2 (red &gt; %3)</source>
        <translation>%1–%2 (RED &gt; %3)</translation>
    </message>
    <message>
        <source>≤ %1 (exposure %2)</source>
        <translation>≤ %1 (saliente %2)</translation>
    </message>
    <message>
        <source>≤ %1 W (usable %2 W)</source>
        <translation>≤ %1 W (útil %2 W)</translation>
    </message>
    <message>
        <source>≤ %1 (thickness)</source>
        <translation>≤ %1 (espesor)</translation>
    </message>
    <message>
        <source>&gt; %1 (footprint)</source>
        <translation>&gt; %1 (longitud de contacto)</translation>
    </message>
    <message>
        <source>&gt; %1 (kerf)</source>
        <translation>&gt; %1 (ancho de corte)</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>X %1–%2, Y %3–%4, Z %5–%6</source>
        <translation>X %1–%2, Y %3–%4, Z %5–%6</translation>
    </message>
    <message>
        <source>along %1, cutting %2</source>
        <translation>a lo largo de %1, corte en %2</translation>
    </message>
    <message>
        <source>Spindle speed %1 rpm exceeds the machine&apos;s maximum %2 rpm</source>
        <translation>Velocidad del husillo %1 rpm supera el máximo de la máquina %2 rpm</translation>
    </message>
    <message>
        <source>Blade speed %1 rpm exceeds the blade&apos;s marked maximum %2 rpm</source>
        <translation>Velocidad de la hoja %1 rpm supera el máximo marcado en la hoja de sierra %2 rpm</translation>
    </message>
    <message>
        <source>Blade speed %1 rpm is within 10 % of the blade&apos;s marked maximum %2 rpm</source>
        <translation>Velocidad de la hoja %1 rpm a menos del 10 % del máximo marcado en la hoja %2 rpm</translation>
    </message>
    <message>
        <source>Blade speed %1 rpm is well under the blade&apos;s marked maximum %2 rpm</source>
        <translation>Velocidad de la hoja %1 rpm muy por debajo del máximo marcado en la hoja %2 rpm</translation>
    </message>
    <message>
        <source>Rim speed %1 exceeds the %2 limit for saw blades</source>
        <translation>Velocidad periférica %1 supera el límite de %2 para hojas de sierra</translation>
    </message>
    <message>
        <source>Rim speed %1 is below %2&apos;s band: slow, rough cut</source>
        <translation>Velocidad periférica %1 por debajo del rango de %2: corte lento y basto</translation>
    </message>
    <message>
        <source>Rim speed %1 is above %2&apos;s band: heat and burn marks</source>
        <translation>Velocidad periférica %1 por encima del rango de %2: calor y quemaduras</translation>
    </message>
    <message>
        <source>Rim speed %1 is inside %2&apos;s band</source>
        <translation>Velocidad periférica %1 dentro del rango de %2</translation>
    </message>
    <message>
        <source>Bite %1 is over 1.5× the blade&apos;s maximum %2: tooth overload and kickback risk; lower the feed or raise the speed</source>
        <translation>Avance por diente %1 supera 1,5× el máximo de la hoja %2: sobrecarga de los dientes y riesgo de retroceso; baje el avance o suba la velocidad</translation>
    </message>
    <message>
        <source>Bite %1 is over 1.5× %2&apos;s maximum %3: tooth overload and kickback risk; lower the feed or raise the speed</source>
        <translation>Avance por diente %1 supera 1,5× el máximo de %2 (%3): sobrecarga de los dientes y riesgo de retroceso; baje el avance o suba la velocidad</translation>
    </message>
    <message>
        <source>Bite %1 is above the blade&apos;s band: heavy load on the teeth</source>
        <translation>Avance por diente %1 por encima del rango de la hoja: carga alta en los dientes</translation>
    </message>
    <message>
        <source>Bite %1 is above %2&apos;s band: heavy load on the teeth</source>
        <translation>Avance por diente %1 por encima del rango de %2: carga alta en los dientes</translation>
    </message>
    <message>
        <source>Bite %1 is below the blade&apos;s band: the teeth rub, heat and burn the cut</source>
        <translation>Avance por diente %1 por debajo del rango de la hoja: los dientes rozan, calientan y queman el corte</translation>
    </message>
    <message>
        <source>Bite %1 is below %2&apos;s band: the teeth rub, heat and burn the cut</source>
        <translation>Avance por diente %1 por debajo del rango de %2: los dientes rozan, calientan y queman el corte</translation>
    </message>
    <message>
        <source>Bite %1 is inside the blade&apos;s band</source>
        <translation>Avance por diente %1 dentro del rango de la hoja</translation>
    </message>
    <message>
        <source>Bite %1 is inside %2&apos;s band</source>
        <translation>Avance por diente %1 dentro del rango de %2</translation>
    </message>
    <message>
        <source>This blade&apos;s flange leaves no usable exposure: it cannot cut at any depth</source>
        <translation>La brida de esta hoja no deja saliente útil: no puede cortar a ninguna profundidad</translation>
    </message>
    <message>
        <source>Depth %1 is beyond the blade&apos;s exposure %2: the flange hits the work</source>
        <translation>Profundidad %1 supera el saliente de la hoja %2: la brida golpea la pieza</translation>
    </message>
    <message>
        <source>Depth %1 is within 20 % of the blade&apos;s exposure %2</source>
        <translation>Profundidad %1 a menos del 20 % del saliente de la hoja %2</translation>
    </message>
    <message>
        <source>Depth %1 is well within the blade&apos;s exposure %2</source>
        <translation>Profundidad %1 muy dentro del saliente de la hoja %2</translation>
    </message>
    <message>
        <source>Estimated %1 W exceeds the spindle&apos;s usable %2 W: stall and kickback risk</source>
        <translation>Estimado %1 W supera la potencia útil del husillo %2 W: riesgo de calado y retroceso</translation>
    </message>
    <message>
        <source>Estimated %1 W is over 80 % of the spindle&apos;s usable %2 W</source>
        <translation>Estimado %1 W supera el 80 % de la potencia útil del husillo %2 W</translation>
    </message>
    <message>
        <source>Estimated %1 W of the spindle&apos;s usable %2 W (an estimate)</source>
        <translation>Estimado %1 W de %2 W útiles del husillo (una estimación)</translation>
    </message>
    <message>
        <source>Feed %1 exceeds the machine&apos;s maximum %2</source>
        <translation>Avance %1 supera el máximo de la máquina %2</translation>
    </message>
    <message>
        <source>Feed %1 is within the machine&apos;s maximum %2</source>
        <translation>Avance %1 dentro del máximo de la máquina %2</translation>
    </message>
    <message>
        <source>Leaves the machine&apos;s travel: %1</source>
        <translation>Sale del recorrido de la máquina: %1</translation>
    </message>
    <message>
        <source>%1 %2 is below the travel&apos;s %3</source>
        <translation>%1 %2 por debajo del límite del recorrido %3</translation>
    </message>
    <message>
        <source>%1 %2 is beyond the travel&apos;s %3</source>
        <translation>%1 %2 más allá del límite del recorrido %3</translation>
    </message>
    <message>
        <source>Every move stays inside the travel (%1 to the nearest limit)</source>
        <translation>Cada movimiento queda dentro del recorrido (%1 hasta el límite más cercano)</translation>
    </message>
    <message>
        <source>Every cut runs along %1, all in the %2 direction</source>
        <translation>Cada corte va a lo largo de %1, todos en dirección %2</translation>
    </message>
    <message>
        <source>The cut is not parallel to the blade axis %1: a saw blade cuts only in its own plane</source>
        <translation>El corte no es paralelo al eje de la hoja %1: una hoja de sierra solo corta en su propio plano</translation>
    </message>
    <message>
        <source>Slot of %1 is shorter than the blade&apos;s footprint %2 at this depth</source>
        <translation>Ranura de %1 más corta que la longitud de contacto de la hoja %2 a esta profundidad</translation>
    </message>
    <message>
        <source>Blade centre travels %1; the kerf reaches %2 beyond it at each end</source>
        <translation>El centro de la hoja recorre %1; el corte llega %2 más allá en cada extremo</translation>
    </message>
    <message>
        <source>One cut: no pitch to check</source>
        <translation>Un solo corte: no hay paso que comprobar</translation>
    </message>
    <message>
        <source>Pitch %1 is not wider than the kerf %2: kerfs merge</source>
        <translation>Paso %1 no es mayor que el ancho de corte %2: los cortes se juntan</translation>
    </message>
    <message>
        <source>Closest fret spacing %1 is not wider than the kerf %2: kerfs merge</source>
        <translation>Menor distancia entre trastes %1 no es mayor que el ancho de corte %2: los cortes se juntan</translation>
    </message>
    <message>
        <source>Pitch %1 leaves %2 between kerfs</source>
        <translation>Paso %1 deja %2 entre cortes</translation>
    </message>
    <message>
        <source>Closest fret spacing %1 leaves %2 between kerfs</source>
        <translation>Menor distancia entre trastes %1 deja %2 entre cortes</translation>
    </message>
    <message>
        <source>Kerf %1 is too close to the plate %2: the plate binds in its own kerf</source>
        <translation>Ancho de corte %1 demasiado cerca del disco %2: el disco se atasca en su propio corte</translation>
    </message>
    <message>
        <source>Kerf %1 clears the plate %2</source>
        <translation>Ancho de corte %1 deja libre el disco %2</translation>
    </message>
    <message>
        <source>No stock given</source>
        <translation>Sin pieza en bruto indicada</translation>
    </message>
    <message>
        <source>Depth %1 is deeper than the %2 stock: the blade cuts into the spoilboard</source>
        <translation>Profundidad %1 mayor que la pieza de %2: la hoja corta el tablero de sacrificio</translation>
    </message>
    <message>
        <source>Depth %1 within the %2 stock</source>
        <translation>Profundidad %1 dentro de la pieza de %2</translation>
    </message>
    <message>
        <source>Cannot check: %1</source>
        <translation>No se puede comprobar: %1</translation>
    </message>
    <message>
        <source>Calculator failed (%1); treated as unknown</source>
        <translation>El cálculo falló (%1); tratado como UNKNOWN</translation>
    </message>
    <message>
        <source>Cannot judge this job, so it is treated as unsafe: %1</source>
        <translation>No se puede juzgar este trabajo, así que se trata como inseguro: %1</translation>
    </message>
    <message>
        <source>evaluation failed: %1</source>
        <translation>la evaluación falló: %1</translation>
    </message>
    <message>
        <source>client-supplied feasibility was ignored; the app computed its own</source>
        <translation>se ignoró la viabilidad enviada; la aplicación calculó la suya</translation>
    </message>
    <message>
        <source>the request is not a JSON object</source>
        <translation>la solicitud no es un objeto JSON</translation>
    </message>
    <message>
        <source>the cut geometry could not be planned</source>
        <translation>no se pudo planificar la geometría del corte</translation>
    </message>
    <message>
        <source>router tools are not supported yet (%1); only saw blades</source>
        <translation>las fresas aún no son compatibles (%1); solo hojas de sierra</translation>
    </message>
    <message>
        <source>unknown blade %1 (not in the catalog)</source>
        <translation>hoja de sierra desconocida %1 (no está en el catálogo)</translation>
    </message>
    <message>
        <source>unknown material %1 (not in the catalog)</source>
        <translation>material desconocido %1 (no está en el catálogo)</translation>
    </message>
    <message>
        <source>unknown machine profile %1 (not in the catalog)</source>
        <translation>perfil de máquina desconocido %1 (no está en el catálogo)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>field required</source>
        <translation>campo obligatorio</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <source>must be ≤ %1</source>
        <translation>debe ser ≤ %1</translation>
    </message>
    <message>
        <source>must be &lt; %1</source>
        <translation>debe ser &lt; %1</translation>
    </message>
    <message>
        <source>must be &gt; %1</source>
        <translation>debe ser &gt; %1</translation>
    </message>
    <message>
        <source>must be ≥ %1</source>
        <translation>debe ser ≥ %1</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>debe ser un número finito</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be valid Unicode text</source>
        <translation>debe ser texto Unicode válido</translation>
    </message>
    <message>
        <source>must not contain NUL characters</source>
        <translation>no debe contener caracteres NUL</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>debe tener como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>may only contain letters, digits and _ . : -</source>
        <translation>solo puede contener letras, dígitos y _ . : -</translation>
    </message>
    <message>
        <source>kind must be one of %1</source>
        <translation>kind debe ser uno de %1</translation>
    </message>
    <message>
        <source>kind required (one of %1)</source>
        <translation>kind obligatorio (uno de %1)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>debe ser uno de %1</translation>
    </message>
    <message>
        <source>the line has zero length (start and end are the same point)</source>
        <translation>la línea tiene longitud cero (inicio y fin son el mismo punto)</translation>
    </message>
    <message>
        <source>%1 passes × %2 cuts = %3 cut passes, more than the %4 this app plans; use a larger stepdown</source>
        <translation>%1 pasadas × %2 cortes = %3 pasadas de corte, más de las %4 que planifica esta aplicación; use un paso en Z mayor</translation>
    </message>
    <message>
        <source>the request must be a JSON object, not %1</source>
        <translation>la solicitud debe ser un objeto JSON, no %1</translation>
    </message>
    <message>
        <source>the request could not be read: %1</source>
        <translation>no se pudo leer la solicitud: %1</translation>
    </message>
    <message>
        <source>the request is invalid</source>
        <translation>la solicitud no es válida</translation>
    </message>
    <message>
        <source>enter a value</source>
        <translation>introduzca un valor</translation>
    </message>
    <message>
        <source>too long for a number (at most %1 characters)</source>
        <translation>demasiado largo para un número (como máximo %1 caracteres)</translation>
    </message>
    <message>
        <source>%1 has more than one decimal mark; type one, e.g. 1234.5 or 1234,5</source>
        <translation>%1 tiene más de un separador decimal; escriba uno, p. ej. 1234,5 o 1234.5</translation>
    </message>
    <message>
        <source>%1 has more than one decimal mark</source>
        <translation>%1 tiene más de un separador decimal</translation>
    </message>
    <message>
        <source>%1 is not a number; type e.g. 12.5, 1/32, 3 1/2 or 1-1/2&quot;</source>
        <translation>%1 no es un número; escriba p. ej. 12,5, 1/32, 3 1/2 o 1-1/2&quot;</translation>
    </message>
    <message>
        <source>%1 is not a number; type e.g. 12.5 or 1/2</source>
        <translation>%1 no es un número; escriba p. ej. 12,5 o 1/2</translation>
    </message>
    <message>
        <source>%1 is not a number; type e.g. 0.005 or 1/256</source>
        <translation>%1 no es un número; escriba p. ej. 0,005 o 1/256</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 no es un número</translation>
    </message>
    <message>
        <source>%1 is not a unit of length; use mm or in</source>
        <translation>%1 no es una unidad de longitud; use mm o in</translation>
    </message>
    <message>
        <source>%1 is not a unit of feed; use mm/min or in/min</source>
        <translation>%1 no es una unidad de avance; use mm/min o in/min</translation>
    </message>
    <message>
        <source>%1 is not a unit of rpm; use rpm</source>
        <translation>%1 no es una unidad de velocidad de giro; use rpm</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 es demasiado grande</translation>
    </message>
    <message>
        <source>%1 has too many digits</source>
        <translation>%1 tiene demasiados dígitos</translation>
    </message>
    <message>
        <source>%1: a fraction&apos;s denominator must not be 0</source>
        <translation>%1: el denominador de una fracción no debe ser 0</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4</source>
        <translation>%1 no es JSON válido: %2 en la línea %3, columna %4</translation>
    </message>
    <message>
        <source>%1 is ambiguous: %2 is given twice; give each key once</source>
        <translation>%1 es ambiguo: %2 aparece dos veces; indique cada clave una sola vez</translation>
    </message>
    <message>
        <source>%1 is nested too deeply to read</source>
        <translation>%1 está anidado a demasiada profundidad para leerlo</translation>
    </message>
    <message>
        <source>%1 is not a usable job: a number has too many digits</source>
        <translation>%1 no es un trabajo utilizable: un número tiene demasiados dígitos</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 no es JSON válido: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a job file</source>
        <translation>%1 es una carpeta, no un archivo de trabajo</translation>
    </message>
    <message>
        <source>%1 is %2, not a job file (a job file must be a regular file)</source>
        <translation>%1 es %2, no un archivo de trabajo (un archivo de trabajo debe ser un archivo normal)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, the most a job file may be</source>
        <translation>%1 supera los %2 bytes, el máximo de un archivo de trabajo</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (byte %2)</source>
        <translation>%1 no es texto UTF-8 (byte %2)</translation>
    </message>
    <message>
        <source>%1 does not hold a job (a JSON object).</source>
        <translation>%1 no contiene un trabajo (un objeto JSON).</translation>
    </message>
    <message>
        <source>%1 %2 for this blade</source>
        <translation>%1 %2 para esta hoja</translation>
    </message>
    <message>
        <source>%1 %2 for this machine</source>
        <translation>%1 %2 para esta máquina</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>needed for %1</source>
        <translation>necesario para %1</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Read it from the archive</source>
        <translation>Leerla del archivo</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a run to see its decision, request, hashes and records.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione una ejecución para ver su decisión, solicitud, hashes y registros.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Archived run&lt;/h2&gt;&lt;p&gt;This run was moved into the archive &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Reading it opens the archive file and checks it against its manifest.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ejecución archivada&lt;/h2&gt;&lt;p&gt;Esta ejecución se movió al archivo &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Al leerla se abre el archivo y se comprueba con su manifiesto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;File missing&lt;/h2&gt;&lt;p&gt;%1 is no longer in the runs folder and no archive record names it. Run &lt;tt&gt;rmos audit verify&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Falta el archivo&lt;/h2&gt;&lt;p&gt;%1 ya no está en la carpeta de ejecuciones y ningún registro de archivo lo nombra. Ejecute &lt;tt&gt;rmos audit verify&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Cannot read this run&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h2&gt;No se puede leer esta ejecución&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to USB</source>
        <translation>Exportar a USB</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Writes NAME.nc, NAME.nc.sha256 (check with sha256sum -c), NAME.nc.minisig (the station&apos;s signature: minisign -Vm) and NAME.nc.rmos.json (which run made it, signed). Each file is read back from the device and checked.</source>
        <translation>Escribe NAME.nc, NAME.nc.sha256 (compruébelo con sha256sum -c), NAME.nc.minisig (la firma del puesto: minisign -Vm) y NAME.nc.rmos.json (qué ejecución lo hizo, firmado). Cada archivo se relee desde el dispositivo y se comprueba.</translation>
    </message>
    <message>
        <source>Export and verify</source>
        <translation>Exportar y verificar</translation>
    </message>
    <message>
        <source>Safely remove</source>
        <translation>Extraer con seguridad</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Run %s cannot be exported.</source>
        <translation>La ejecución %s no se puede exportar.</translation>
    </message>
    <message>
        <source>Export run %s (%s, %s), G-code SHA-256 %s, to:</source>
        <translation>Exportar la ejecución %s (%s, %s), código G SHA-256 %s, a:</translation>
    </message>
    <message>
        <source>run %s
G-code SHA-256 %s</source>
        <translation>ejecución %s
Código G SHA-256 %s</translation>
    </message>
    <message>
        <source>removable</source>
        <translation>extraíble</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <source>full</source>
        <translation>lleno</translation>
    </message>
    <message>
        <source>cannot use — </source>
        <translation>no utilizable — </translation>
    </message>
    <message>
        <source>Folder: %s</source>
        <translation>Carpeta: %s</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exportar a carpeta</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>%s

Replace it with the run&apos;s G-code?</source>
        <translation>%s

¿Reemplazarlo con el código G de la ejecución?</translation>
    </message>
    <message>
        <source>Writing and verifying…</source>
        <translation>Escribiendo y verificando…</translation>
    </message>
    <message>
        <source>%1 was already there with the same content; verified sha256 %2</source>
        <translation>%1 ya estaba ahí con el mismo contenido; comprobado, sha256 %2</translation>
    </message>
    <message>
        <source>Verified: sha256 %1 read back from %2</source>
        <translation>Comprobado: sha256 %1 releído de %2</translation>
    </message>
    <message>
        <source>; signed by station key %1</source>
        <translation>; firmado con la clave del puesto %1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Station (the whole shop&apos;s runs only)</source>
        <translation>Estación (solo ejecuciones de todo el taller)</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>Todas las estaciones</translation>
    </message>
    <message>
        <source>Tool, or every tool of a family</source>
        <translation>Herramienta, o todas las de una familia</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Show only %1 runs (several chips combine; none shows all)</source>
        <translation>Mostrar solo ejecuciones %1 (varios filtros se combinan; ninguno muestra todas)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Search run id, job, order, warnings…</source>
        <translation>Buscar id de ejecución, trabajo, pedido, advertencias…</translation>
    </message>
    <message>
        <source>Awaiting review first</source>
        <translation>Pendientes de revisión primero</translation>
    </message>
    <message>
        <source>Blocked runs nobody has reviewed yet come first</source>
        <translation>Primero las ejecuciones bloqueadas que nadie ha revisado</translation>
    </message>
    <message>
        <source>A whole day on this workstation&apos;s clock</source>
        <translation>Un día completo según el reloj de este puesto</translation>
    </message>
    <message>
        <source>All tools</source>
        <translation>Todas las herramientas</translation>
    </message>
    <message>
        <source>All materials</source>
        <translation>Todos los materiales</translation>
    </message>
    <message>
        <source>every %1 tool</source>
        <translation>todas las herramientas %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Coincidencia siguiente (Intro, F3)</translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation>Ir a la línea</translation>
    </message>
    <message>
        <source>Go to line (Ctrl+G)</source>
        <translation>Ir a la línea (Ctrl+G)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>line %d · %d matches</source>
        <translation>línea %d · %d coincidencias</translation>
    </message>
    <message>
        <source>no line %d</source>
        <translation>no hay línea %d</translation>
    </message>
    <message>
        <source>line %d of %d</source>
        <translation>línea %d de %d</translation>
    </message>
</context>
<context>
    <name>GcodeLineModel</name>
    <message>
        <source>Line %d: %s</source>
        <translation>Línea %d: %s</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Unreadable file %1: %2</source>
        <translation>Archivo ilegible %1: %2</translation>
    </message>
    <message>
        <source>Job / order</source>
        <translation>Trabajo / pedido</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Reviewed on %1 and brought home by the shop sync; this workstation&apos;s records are as they were</source>
        <translation>Revisada en %1 y traída por la sincronización del taller; los registros de este puesto siguen como estaban</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operario</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Estación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Hora (local)</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Run history — RMOS Desktop</source>
        <translation>Historial de ejecuciones — RMOS Desktop</translation>
    </message>
    <message>
        <source>The run index cannot be opened; see the log.</source>
        <translation>No se puede abrir el índice de ejecuciones; vea el log.</translation>
    </message>
    <message>
        <source>Reading the runs folder…</source>
        <translation>Leyendo la carpeta de ejecuciones…</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado %1</translation>
    </message>
    <message>
        <source>Reading the runs folder… %1 of %2</source>
        <translation>Leyendo la carpeta de ejecuciones… %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the runs folder cannot be read; they are listed as UNREADABLE.</source>
        <translation>
            <numerusform>%n archivo de la carpeta de ejecuciones no se puede leer; aparece como UNREADABLE.</numerusform>
            <numerusform>%n archivos de la carpeta de ejecuciones no se pueden leer; aparecen como UNREADABLE.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the runs folder: %1</source>
        <translation>No se pudo leer la carpeta de ejecuciones: %1</translation>
    </message>
    <message>
        <source>The archive cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>Open the run&apos;s stored G-code file</source>
        <translation>Abrir el archivo de código G guardado de la ejecución</translation>
    </message>
    <message>
        <source>This run&apos;s G-code is stored inside its record: use Open in preview</source>
        <translation>El código G de esta ejecución está dentro de su registro: use Abrir en vista previa</translation>
    </message>
    <message>
        <source>Only OK runs can be exported</source>
        <translation>Solo se pueden exportar ejecuciones OK</translation>
    </message>
    <message>
        <source>Export run report</source>
        <translation>Exportar el informe de la ejecución</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>No se pudo escribir el informe: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Informe escrito en %1</translation>
    </message>
    <message>
        <source>Review recorded for run %1.</source>
        <translation>Revisión registrada para la ejecución %1.</translation>
    </message>
    <message>
        <source>Review of run %1 (of %2) recorded on this workstation; the next sync takes it to the shop server.</source>
        <translation>Revisión de la ejecución %1 (de %2) registrada en este puesto; la próxima sincronización la lleva al servidor del taller.</translation>
    </message>
    <message>
        <source>The review was not recorded: %1</source>
        <translation>No se registró la revisión: %1</translation>
    </message>
    <message>
        <source>(the count is not available)</source>
        <translation>(el recuento no está disponible)</translation>
    </message>
    <message>
        <source>Only blocked runs nobody has reviewed yet (the whole shop is listed newest first)</source>
        <translation>Solo las ejecuciones bloqueadas que nadie ha revisado (todo el taller, las más recientes primero)</translation>
    </message>
    <message>
        <source>Blocked runs nobody has reviewed yet come first</source>
        <translation>Primero las ejecuciones bloqueadas que nadie ha revisado</translation>
    </message>
    <message>
        <source>Asking the shop server…</source>
        <translation>Consultando al servidor del taller…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>more than %1 runs listed</source>
        <translation>más de %1 ejecuciones listadas</translation>
    </message>
    <message>
        <source>The shop&apos;s runs cannot be listed: %1</source>
        <translation>No se pueden listar las ejecuciones del taller: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reading run %1 of %2 from the shop server…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Leyendo la ejecución %1 de %2 del servidor del taller…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The shop server no longer lists this run.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El servidor del taller ya no lista esta ejecución.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Cannot read this run from the shop&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h2&gt;No se puede leer esta ejecución del taller&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>JobForm</name>
    <message>
        <source>Blade, material, machine</source>
        <translation>Hoja, material, máquina</translation>
    </message>
    <message>
        <source>Blade</source>
        <translation>Hoja de sierra</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Máquina</translation>
    </message>
    <message>
        <source>Cutting</source>
        <translation>Corte</translation>
    </message>
    <message>
        <source>empty: one pass</source>
        <translation>vacío: una pasada</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Corte</translation>
    </message>
    <message>
        <source>Stock (optional)</source>
        <translation>Pieza en bruto (opcional)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>— choose a blade —</source>
        <translation>— elija una hoja —</translation>
    </message>
    <message>
        <source>— choose a material —</source>
        <translation>— elija un material —</translation>
    </message>
    <message>
        <source>not in the catalog</source>
        <translation>no está en el catálogo</translation>
    </message>
    <message>
        <source>sent as %s %s</source>
        <translation>se envía como %s %s</translation>
    </message>
    <message>
        <source>cut.kind %s is not one of line, kerf_array, fret_slots</source>
        <translation>cut.kind %s no es line, kerf_array ni fret_slots</translation>
    </message>
    <message>
        <source>cut: ignored unknown field(s) %s</source>
        <translation>cut: campo(s) desconocido(s) ignorado(s) %s</translation>
    </message>
    <message>
        <source>cut must be an object; it was ignored</source>
        <translation>cut debe ser un objeto; se ignoró</translation>
    </message>
    <message>
        <source>ignored unknown field(s): %s</source>
        <translation>campo(s) desconocido(s) ignorado(s): %s</translation>
    </message>
    <message>
        <source>the file&apos;s own feasibility was ignored; the app computes its own</source>
        <translation>se ignoró la viabilidad indicada en el archivo; la aplicación calcula la suya</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <source>End X</source>
        <translation>X final</translation>
    </message>
    <message>
        <source>End Y</source>
        <translation>Y final</translation>
    </message>
    <message>
        <source>blade</source>
        <translation>hoja de sierra</translation>
    </message>
    <message>
        <source>material</source>
        <translation>material</translation>
    </message>
    <message>
        <source>machine</source>
        <translation>máquina</translation>
    </message>
    <message>
        <source>spindle rpm</source>
        <translation>velocidad del husillo</translation>
    </message>
    <message>
        <source>feed</source>
        <translation>avance</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>profundidad</translation>
    </message>
    <message>
        <source>start X</source>
        <translation>X inicial</translation>
    </message>
    <message>
        <source>start Y</source>
        <translation>Y inicial</translation>
    </message>
    <message>
        <source>end X</source>
        <translation>X final</translation>
    </message>
    <message>
        <source>end Y</source>
        <translation>Y final</translation>
    </message>
    <message>
        <source>kerf length</source>
        <translation>longitud del corte</translation>
    </message>
    <message>
        <source>pitch</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>number of kerfs</source>
        <translation>número de cortes</translation>
    </message>
    <message>
        <source>scale length</source>
        <translation>longitud de escala</translation>
    </message>
    <message>
        <source>frets</source>
        <translation>trastes</translation>
    </message>
    <message>
        <source>slot length</source>
        <translation>longitud de la ranura</translation>
    </message>
    <message>
        <source>stock length</source>
        <translation>longitud de la pieza en bruto</translation>
    </message>
    <message>
        <source>stock width</source>
        <translation>anchura de la pieza en bruto</translation>
    </message>
    <message>
        <source>stock thickness</source>
        <translation>espesor de la pieza en bruto</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Fret slots</source>
        <translation>Ranuras de trastes</translation>
    </message>
    <message>
        <source>Frets</source>
        <translation>Trastes</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Nombre del trabajo</translation>
    </message>
    <message>
        <source>Kerf array</source>
        <translation>Serie de cortes</translation>
    </message>
    <message>
        <source>Kerf length</source>
        <translation>Longitud del corte</translation>
    </message>
    <message>
        <source>Length (X)</source>
        <translation>Longitud (X)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Number of kerfs</source>
        <translation>Número de cortes</translation>
    </message>
    <message>
        <source>Nut at Y</source>
        <translation>Cejuela en Y</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Pitch (+Y)</source>
        <translation>Paso (+Y)</translation>
    </message>
    <message>
        <source>Scale length</source>
        <translation>Longitud de escala</translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation>Longitud de la ranura</translation>
    </message>
    <message>
        <source>Slot start X</source>
        <translation>X inicial de ranura</translation>
    </message>
    <message>
        <source>Spindle</source>
        <translation>Husillo</translation>
    </message>
    <message>
        <source>Start X</source>
        <translation>X inicial</translation>
    </message>
    <message>
        <source>Start Y</source>
        <translation>Y inicial</translation>
    </message>
    <message>
        <source>Stepdown</source>
        <translation>Paso en Z</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>Espesor</translation>
    </message>
    <message>
        <source>Width (Y)</source>
        <translation>Anchura (Y)</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>mm/min</source>
        <translation>mm/min</translation>
    </message>
    <message>
        <source>rpm</source>
        <translation>rpm</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <source>%1&apos;s lease ran out at %2 (stale: can be claimed)</source>
        <translation>La reserva de %1 venció a las %2 (caducada: se puede tomar)</translation>
    </message>
    <message>
        <source>Running here since %1 (lease)</source>
        <translation>En curso aquí desde las %1 (reserva)</translation>
    </message>
    <message>
        <source>Running on %1 since %2 (lease)</source>
        <translation>En curso en %1 desde las %2 (reserva)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Done / total</source>
        <translation>Hechas / total</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Lease until %1 (renewed every 2 minutes while the holder works)</source>
        <translation>Reservado hasta %1 (se renueva cada 2 minutos mientras el titular trabaja)</translation>
    </message>
    <message>
        <source>job id %1</source>
        <translation>id de trabajo %1</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Job orders · this station: %1</source>
        <translation>Pedidos · esta estación: %1</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Tomar</translation>
    </message>
    <message>
        <source>Take this order for this station (a lease, renewed while you work)</source>
        <translation>Tomar este pedido para esta estación (una reserva, renovada mientras trabaja)</translation>
    </message>
    <message>
        <source>Open job in form</source>
        <translation>Abrir trabajo en el formulario</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Hand the order back so another station can claim it</source>
        <translation>Devolver el pedido para que otra estación pueda tomarlo</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Completar…</translation>
    </message>
    <message>
        <source>Report how many pieces were made; the claim is handed back</source>
        <translation>Indicar cuántas piezas se hicieron; el pedido se devuelve</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Unexpected error (see the log): %1</source>
        <translation>Error inesperado (vea el log): %1</translation>
    </message>
    <message>
        <source>Order %1 is now held by this station.</source>
        <translation>El pedido %1 lo tiene ahora esta estación.</translation>
    </message>
    <message>
        <source>Order %1 is held by this station until %2 (lease, renewed while working)</source>
        <translation>El pedido %1 lo tiene esta estación hasta las %2 (reserva, renovada mientras se trabaja)</translation>
    </message>
    <message>
        <source>Order %1 is claimed by %2 since %3</source>
        <translation>El pedido %1 lo ha tomado %2 desde las %3</translation>
    </message>
    <message>
        <source>Order %1 was handed back.</source>
        <translation>El pedido %1 se devolvió.</translation>
    </message>
    <message>
        <source>Complete order %1</source>
        <translation>Completar el pedido %1</translation>
    </message>
    <message>
        <source>Pieces made (%1 still to make):</source>
        <translation>Piezas hechas (faltan %1):</translation>
    </message>
    <message>
        <source>Order %1: %2 of %3 made; %4.</source>
        <translation>Pedido %1: %2 de %3 hechas; %4.</translation>
    </message>
    <message>
        <source>Claim lost: %1</source>
        <translation>Reserva perdida: %1</translation>
    </message>
</context>
<context>
    <name>LegendOverlay</name>
    <message>
        <source>Fold or unfold the legend</source>
        <translation>Plegar o desplegar la leyenda</translation>
    </message>
    <message>
        <source>Legend ◂</source>
        <translation>Leyenda ◂</translation>
    </message>
    <message>
        <source>Legend ▾</source>
        <translation>Leyenda ▾</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <source>rapid</source>
        <translation>rápido</translation>
    </message>
    <message>
        <source>plunge</source>
        <translation>penetración</translation>
    </message>
    <message>
        <source>feed (cut)</source>
        <translation>avance (corte)</translation>
    </message>
    <message>
        <source>retract</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>Seen from above, a %s is a point: drawn as this marker</source>
        <translation>Visto desde arriba, un %s es un punto: se dibuja con este marcador</translation>
    </message>
    <message>
        <source>kerf at the top surface</source>
        <translation>ranura (superficie)</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>pieza en bruto</translation>
    </message>
    <message>
        <source>machine travel</source>
        <translation>recorrido máquina</translation>
    </message>
    <message>
        <source>outside the travel</source>
        <translation>fuera del recorrido</translation>
    </message>
    <message>
        <source>blade at the first cut</source>
        <translation>hoja, primer corte</translation>
    </message>
    <message>
        <source>kerf overrun at Z 0</source>
        <translation>exceso de ranura en Z 0</translation>
    </message>
    <message>
        <source>selected line</source>
        <translation>línea seleccionada</translation>
    </message>
    <message>
        <source>position</source>
        <translation>posición</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Copied: %s</source>
        <translation>Copiado: %s</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Catalog file left out: %s</source>
        <translation>Archivo de catálogo omitido: %s</translation>
    </message>
    <message>
        <source>Runs cannot be recorded: %s. Nothing can be generated until this is fixed: choose a writable runs directory in Tools ▸ Settings, or ask IT to give this account write access.</source>
        <translation>No se pueden registrar ejecuciones: %s. No se puede generar nada hasta corregirlo: elija una carpeta de ejecuciones con escritura en Herramientas ▸ Ajustes o pida a TI permiso de escritura para esta cuenta.</translation>
    </message>
    <message>
        <source>Not ready to generate. Still empty: %s.</source>
        <translation>No está listo para generar. Aún vacío: %s.</translation>
    </message>
    <message>
        <source>Generate: fix the marked fields</source>
        <translation>Generar: corrija los campos marcados</translation>
    </message>
    <message>
        <source>Record blocked attempt  (Ctrl+Enter)</source>
        <translation>Registrar intento bloqueado  (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Acknowledge and generate…  (Ctrl+Enter)</source>
        <translation>Confirmar y generar…  (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Generate  (Ctrl+Enter)</source>
        <translation>Generar  (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>RED or UNKNOWN: the attempt is recorded as BLOCKED for supervisor review; no G-code is made.</source>
        <translation>RED o UNKNOWN: el intento se registra como BLOCKED para revisión del supervisor; no se genera código G.</translation>
    </message>
    <message>
        <source>Judge and generate; every attempt is recorded</source>
        <translation>Evaluar y generar; cada intento queda registrado</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>RMOS Desktop — job: %1 (order %2)</source>
        <translation>RMOS Desktop — trabajo: %1 (pedido %2)</translation>
    </message>
    <message>
        <source>RMOS Desktop — job: %1</source>
        <translation>RMOS Desktop — trabajo: %1</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <source>No G-code: the last attempt did not produce any.</source>
        <translation>Sin código G: el último intento no produjo ninguno.</translation>
    </message>
    <message>
        <source>Open G-code for preview</source>
        <translation>Abrir código G para vista previa</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>&amp;About RMOS Desktop</source>
        <translation>&amp;Acerca de RMOS Desktop</translation>
    </message>
    <message>
        <source>&amp;Audit records…</source>
        <translation>&amp;Auditar registros…</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>Tema &amp;oscuro</translation>
    </message>
    <message>
        <source>&amp;Export to USB…</source>
        <translation>&amp;Exportar a USB…</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>&amp;New job</source>
        <translation>&amp;Nuevo trabajo</translation>
    </message>
    <message>
        <source>&amp;Open job…</source>
        <translation>&amp;Abrir trabajo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Save job as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>&amp;Página de inicio</translation>
    </message>
    <message>
        <source>&amp;Verify G-code file…</source>
        <translation>&amp;Verificar archivo de código G…</translation>
    </message>
    <message>
        <source>Job &amp;form</source>
        <translation>&amp;Formulario</translation>
    </message>
    <message>
        <source>Open &amp;G-code for preview…</source>
        <translation>Abrir código &amp;G para vista previa…</translation>
    </message>
    <message>
        <source>Run &amp;history…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Read any G-code file into the preview (read-only; lines it cannot read are listed)</source>
        <translation>Abrir cualquier archivo de código G en la vista previa (solo lectura; se listan las líneas que no puede leer)</translation>
    </message>
    <message>
        <source>Export the last OK run&apos;s G-code, verified by reading it back (Ctrl+E)</source>
        <translation>Exportar el código G de la última ejecución OK, verificado releyéndolo (Ctrl+E)</translation>
    </message>
    <message>
        <source>Show or hide the job form (Ctrl+J)</source>
        <translation>Mostrar u ocultar el formulario del trabajo (Ctrl+J)</translation>
    </message>
    <message>
        <source>Did this file come from a run here? (or drop a file here)</source>
        <translation>¿Viene este archivo de una ejecución de aquí? (o suelte un archivo aquí)</translation>
    </message>
    <message>
        <source>Every recorded run: find a job, review blocked runs, compare, export, report (Ctrl+H)</source>
        <translation>Todas las ejecuciones registradas: buscar un trabajo, revisar las bloqueadas, comparar, exportar, informe (Ctrl+H)</translation>
    </message>
    <message>
        <source>Check every record and the ledger chain for changes (detects tampering, does not prevent it)</source>
        <translation>Comprobar cada registro y la cadena del diario en busca de cambios (detecta manipulaciones, no las impide)</translation>
    </message>
    <message>
        <source>Generated and recorded as run %s. G-code SHA-256 %s</source>
        <translation>Generado y registrado como ejecución %s. Código G SHA-256 %s</translation>
    </message>
    <message>
        <source>G-code SHA-256 %s</source>
        <translation>Código G SHA-256 %s</translation>
    </message>
    <message>
        <source>OK: run %s recorded</source>
        <translation>OK: ejecución %s registrada</translation>
    </message>
    <message>
        <source>BLOCKED: %s
Recorded as run %s for supervisor review. No G-code was produced.</source>
        <translation>BLOCKED: %s
Registrado como ejecución %s para revisión del supervisor. No se generó código G.</translation>
    </message>
    <message>
        <source>BLOCKED: run %s recorded</source>
        <translation>BLOCKED: ejecución %s registrada</translation>
    </message>
    <message>
        <source>%s: nothing was released</source>
        <translation>%s: no se liberó nada</translation>
    </message>
    <message>
        <source>Not generated and nothing recorded: fix %s first (marked in red).</source>
        <translation>No generado y nada registrado: corrija primero %s (marcado en rojo).</translation>
    </message>
    <message>
        <source>Not generated: the warnings were not acknowledged.</source>
        <translation>No generado: no se confirmaron las advertencias.</translation>
    </message>
    <message>
        <source>Not recorded again: the same job was recorded a few seconds ago.</source>
        <translation>No registrado de nuevo: el mismo trabajo se registró hace unos segundos.</translation>
    </message>
    <message>
        <source>A generation is already running.</source>
        <translation>Ya hay una generación en curso.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Recent jobs</source>
        <translation>Trabajos &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Trabajo</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>run %s could not be read</source>
        <translation>no se pudo leer la ejecución %s</translation>
    </message>
</context>
<context>
    <name>OperatorPrompt</name>
    <message>
        <source>Who is at the saw?</source>
        <translation>¿Quién está en la sierra?</translation>
    </message>
    <message>
        <source>Every run records its operator. Pick your name or type it (you can change it from the toolbar).</source>
        <translation>Cada ejecución registra su operario. Elija su nombre o escríbalo (puede cambiarlo desde la barra de herramientas).</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <source>That&apos;s me</source>
        <translation>Soy yo</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
</context>
<context>
    <name>PositionsTable</name>
    <message>
        <source>cut</source>
        <translation>corte</translation>
    </message>
    <message>
        <source>kerf at the surface</source>
        <translation>ranura en la superficie</translation>
    </message>
    <message>
        <source>blade centre</source>
        <translation>centro de la hoja</translation>
    </message>
    <message>
        <source>X from (in)</source>
        <translation>X desde (in)</translation>
    </message>
    <message>
        <source>X to (in)</source>
        <translation>X hasta (in)</translation>
    </message>
    <message>
        <source>Y (in)</source>
        <translation>Y (in)</translation>
    </message>
    <message>
        <source>from the nut (in)</source>
        <translation>desde la cejuela (in)</translation>
    </message>
    <message>
        <source>X from (mm)</source>
        <translation>X desde (mm)</translation>
    </message>
    <message>
        <source>X to (mm)</source>
        <translation>X hasta (mm)</translation>
    </message>
    <message>
        <source>Y (mm)</source>
        <translation>Y (mm)</translation>
    </message>
    <message>
        <source>from the nut (mm)</source>
        <translation>desde la cejuela (mm)</translation>
    </message>
    <message>
        <source>G-code line</source>
        <translation>línea de código G</translation>
    </message>
</context>
<context>
    <name>PreviewHeader</name>
    <message>
        <source>reading %p%</source>
        <translation>leyendo %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PreviewLoading</name>
    <message>
        <source>Run %s</source>
        <translation>Ejecución %s</translation>
    </message>
    <message>
        <source>Run %s is %s: no G-code was produced.</source>
        <translation>La ejecución %s es %s: no se produjo código G.</translation>
    </message>
    <message>
        <source>G-code matches the run&apos;s recorded SHA-256</source>
        <translation>El código G coincide con el SHA-256 registrado de la ejecución</translation>
    </message>
    <message>
        <source>G-code does NOT match the run&apos;s recorded SHA-256: changed after the run; readouts from this G-code</source>
        <translation>El código G NO coincide con el SHA-256 registrado de la ejecución: cambiado después; lecturas de este código G</translation>
    </message>
    <message>
        <source>%s (just generated)</source>
        <translation>%s (recién generada)</translation>
    </message>
    <message>
        <source>the file is not UTF-8; it was read as Latin-1</source>
        <translation>el archivo no es UTF-8; se leyó como Latin-1</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>Top X–Y</source>
        <translation>Planta X–Y</translation>
    </message>
    <message>
        <source>Side X–Z</source>
        <translation>Lateral X–Z</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <source>Fit job</source>
        <translation>Ver trabajo</translation>
    </message>
    <message>
        <source>Zoom to the toolpath and stock (wheel zooms, drag pans)</source>
        <translation>Ampliar a la trayectoria y la pieza (la rueda amplía, arrastrar desplaza)</translation>
    </message>
    <message>
        <source>Fit machine</source>
        <translation>Ver máquina</translation>
    </message>
    <message>
        <source>Zoom out to the machine&apos;s whole travel</source>
        <translation>Alejar hasta todo el recorrido de la máquina</translation>
    </message>
    <message>
        <source>Run %s (just generated)</source>
        <translation>Ejecución %s (recién generada)</translation>
    </message>
    <message>
        <source>Run %s</source>
        <translation>Ejecución %s</translation>
    </message>
    <message>
        <source>Loading %s…</source>
        <translation>Cargando %s…</translation>
    </message>
    <message>
        <source>Could not show %s: %s</source>
        <translation>No se pudo mostrar %s: %s</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Carga cancelada.</translation>
    </message>
    <message>
        <source>Generate a job, or open a run or a G-code file, to preview it.</source>
        <translation>Genere un trabajo, o abra una ejecución o un archivo de código G, para verlo.</translation>
    </message>
    <message>
        <source>Assumed at X 0, Y 0, top surface at Z 0</source>
        <translation>Supuesto en X 0, Y 0, superficie superior en Z 0</translation>
    </message>
    <message>
        <source>Click a G-code line or a move in the plot, or step with ◀ ▶.</source>
        <translation>Haga clic en una línea de código G o en un movimiento del gráfico, o avance con ◀ ▶.</translation>
    </message>
    <message>
        <source>The blade (its disc seen from the side) at the start and end of the first cut, line %d; the kerf reaches %.1f mm beyond the blade centre&apos;s travel at the top surface</source>
        <translation>La hoja (su disco visto de lado) al inicio y al final del primer corte, línea %d; la ranura llega %.1f mm más allá del recorrido del centro de la hoja en la superficie superior</translation>
    </message>
    <message>
        <source>line %d: no motion</source>
        <translation>línea %d: sin movimiento</translation>
    </message>
    <message>
        <source> (%d moves)</source>
        <translation> (%d movimientos)</translation>
    </message>
    <message>
        <source>move %s of %s · line %d · %s%s → X %s Y %s Z %s</source>
        <translation>movimiento %s de %s · línea %d · %s%s → X %s Y %s Z %s</translation>
    </message>
    <message>
        <source>The G-code is in millimetres (G21) whatever units the readouts use.</source>
        <translation>El código G está en milímetros (G21), sean cuales sean las unidades de las lecturas.</translation>
    </message>
    <message>
        <source>%s showing %s of %s segments</source>
        <translation>%s: se muestran %s de %s segmentos</translation>
    </message>
    <message>
        <source>kerf footprint showing %s of %s cutting moves</source>
        <translation>huella de corte: se muestran %s de %s movimientos de corte</translation>
    </message>
    <message>
        <source>outside-travel marks on %s of %s moves</source>
        <translation>marcas fuera del recorrido en %s de %s movimientos</translation>
    </message>
    <message>
        <source>Thinned for drawing only, every move is checked: %s</source>
        <translation>Simplificado solo para dibujar, se comprueba cada movimiento: %s</translation>
    </message>
    <message>
        <source>All %s moves drawn.</source>
        <translation>Se dibujan los %s movimientos.</translation>
    </message>
    <message>
        <source>X %s … %s in
Y %s … %s in
Z %s … %s in</source>
        <translation>X %s … %s in
Y %s … %s in
Z %s … %s in</translation>
    </message>
    <message>
        <source>X %s … %s mm
Y %s … %s mm
Z %s … %s mm</source>
        <translation>X %s … %s mm
Y %s … %s mm
Z %s … %s mm</translation>
    </message>
    <message>
        <source>no moves</source>
        <translation>sin movimientos</translation>
    </message>
    <message>
        <source>feed %s in · rapid %s in</source>
        <translation>avance %s in · rápido %s in</translation>
    </message>
    <message>
        <source>feed %s mm · rapid %s mm</source>
        <translation>avance %s mm · rápido %s mm</translation>
    </message>
    <message>
        <source>%d cuts × %d passes</source>
        <translation>%d cortes × %d pasadas</translation>
    </message>
    <message>
        <source>%s cutting moves</source>
        <translation>%s movimientos de corte</translation>
    </message>
    <message>
        <source>est. %s</source>
        <translation>aprox. %s</translation>
    </message>
    <message>
        <source>Estimated run time, %s s (acceleration included, spin-up dwell included)</source>
        <translation>Tiempo de ejecución estimado, %s s (aceleración incluida, espera de arranque incluida)</translation>
    </message>
    <message>
        <source>✔ inside the machine&apos;s travel</source>
        <translation>✔ dentro del recorrido de la máquina</translation>
    </message>
    <message>
        <source>✖ OUTSIDE the machine&apos;s travel: %s moves, first at line %d</source>
        <translation>✖ FUERA del recorrido de la máquina: %s movimientos, el primero en la línea %d</translation>
    </message>
    <message>
        <source>? travel not checked (no machine profile)</source>
        <translation>? recorrido no comprobado (sin perfil de máquina)</translation>
    </message>
    <message>
        <source>from the run&apos;s record</source>
        <translation>del registro de la ejecución</translation>
    </message>
    <message>
        <source>computed from the moves</source>
        <translation>calculado a partir de los movimientos</translation>
    </message>
    <message>
        <source>computed from the moves of this G-code, which does not match the run&apos;s record</source>
        <translation>calculado a partir de los movimientos de este código G, que no coincide con el registro de la ejecución</translation>
    </message>
    <message>
        <source>the G-code itself is in millimetres (G21)</source>
        <translation>el código G en sí está en milímetros (G21)</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>%s lines were not understood (marked ! in the text); the plot leaves out what they mean.</source>
        <translation>%s líneas no se entendieron (marcadas con ! en el texto); el gráfico omite lo que significan.</translation>
    </message>
    <message>
        <source>The first %d are listed.</source>
        <translation>Se listan las primeras %d.</translation>
    </message>
    <message>
        <source>line %d: %s — %s</source>
        <translation>línea %d: %s — %s</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>YELLOW: acknowledge the warnings</source>
        <translation>YELLOW: confirmar las advertencias</translation>
    </message>
    <message>
        <source>This job is YELLOW. Read the warnings before generating:</source>
        <translation>Este trabajo es YELLOW. Lea las advertencias antes de generar:</translation>
    </message>
    <message>
        <source>Acknowledge and generate</source>
        <translation>Confirmar y generar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Record the same job again?</source>
        <translation>¿Registrar el mismo trabajo otra vez?</translation>
    </message>
    <message>
        <source>This exact job was recorded a few seconds ago. Every Generate is recorded as a run; record another?</source>
        <translation>Este mismo trabajo se registró hace unos segundos. Cada Generar se registra como una ejecución; ¿registrar otra?</translation>
    </message>
    <message>
        <source>Record another run</source>
        <translation>Registrar otra ejecución</translation>
    </message>
    <message>
        <source>Don&apos;t record</source>
        <translation>No registrar</translation>
    </message>
    <message>
        <source>Discard the typed job?</source>
        <translation>¿Descartar el trabajo escrito?</translation>
    </message>
    <message>
        <source>The form has edits that are not saved. Start a new job anyway?</source>
        <translation>El formulario tiene cambios sin guardar. ¿Empezar un trabajo nuevo de todos modos?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review run %1</source>
        <translation>Revisar la ejecución %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>The review is kept as its own record next to the run; the run&apos;s record is never changed.</source>
        <translation>La revisión se guarda como registro propio junto a la ejecución; el registro de la ejecución nunca se modifica.</translation>
    </message>
    <message>
        <source>Record review</source>
        <translation>Registrar revisión</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>What you found and what happens next (optional)</source>
        <translation>Qué encontró y qué pasa después (opcional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Enter the reviewer&apos;s name.</source>
        <translation>Escriba el nombre del revisor.</translation>
    </message>
    <message>
        <source>The note is longer than 2000 characters.</source>
        <translation>La nota tiene más de 2000 caracteres.</translation>
    </message>
</context>
<context>
    <name>RiskBadge</name>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>score %s</source>
        <translation>puntuación %s</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>calculator</source>
        <translation>cálculo</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>limit / band</source>
        <translation>límite / franja</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>why</source>
        <translation>por qué</translation>
    </message>
    <message>
        <source>Power is an estimate (constant kc). Bands are good practice; RED rows are hard gates.</source>
        <translation>La potencia es una estimación (kc constante). Los rangos son buenas prácticas; las filas RED son bloqueos.</translation>
    </message>
    <message>
        <source>Warnings: </source>
        <translation>Advertencias: </translation>
    </message>
    <message>
        <source>Would be BLOCKED: %s</source>
        <translation>Quedaría BLOCKED: %s</translation>
    </message>
    <message numerus="yes">
        <source>YELLOW: generating asks you to acknowledge %n warning(s).</source>
        <translation>
            <numerusform>YELLOW: para generar debe confirmar %n advertencia.</numerusform>
            <numerusform>YELLOW: para generar debe confirmar %n advertencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>%d checks GREEN</source>
        <translation>%d comprobaciones GREEN</translation>
    </message>
    <message>
        <source>%d check GREEN</source>
        <translation>%d comprobación GREEN</translation>
    </message>
    <message>
        <source>%d n/a</source>
        <translation>%d n/a</translation>
    </message>
    <message>
        <source>Show or hide the checks that passed</source>
        <translation>Mostrar u ocultar las comprobaciones superadas</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
</context>
<context>
    <name>RunDescription</name>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Decision — every calculator</source>
        <translation>Decisión — todos los cálculos</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Hashes (SHA-256)</source>
        <translation>Hashes (SHA-256)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportaciones</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Máquina</translation>
    </message>
    <message>
        <source>Job / order</source>
        <translation>Trabajo / pedido</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operario</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Versión de la app</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Artifact file</source>
        <translation>Archivo del artefacto</translation>
    </message>
    <message>
        <source>Extents</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Path length</source>
        <translation>Longitud de trayectoria</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Tiempo estimado</translation>
    </message>
    <message>
        <source>Cuts × passes</source>
        <translation>Cortes × pasadas</translation>
    </message>
    <message>
        <source>G-code</source>
        <translation>Código G</translation>
    </message>
    <message>
        <source>G-code file</source>
        <translation>Archivo de código G</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <source>Why it was blocked</source>
        <translation>Por qué se bloqueó</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Warnings acknowledged by</source>
        <translation>Advertencias confirmadas por</translation>
    </message>
    <message>
        <source>Input error</source>
        <translation>Error de entrada</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Values in inches; the record is in millimetres.</source>
        <translation>Valores en pulgadas; el registro está en milímetros.</translation>
    </message>
    <message>
        <source>calculator</source>
        <translation>cálculo</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>limit / band</source>
        <translation>límite / franja</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>why</source>
        <translation>por qué</translation>
    </message>
    <message>
        <source>field</source>
        <translation>campo</translation>
    </message>
    <message>
        <source>when</source>
        <translation>cuándo</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>revisor</translation>
    </message>
    <message>
        <source>disposition</source>
        <translation>dictamen</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>destino</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>riesgo</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copiar</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Ninguno registrado.</translation>
    </message>
    <message>
        <source>None recorded — this BLOCKED run awaits review.</source>
        <translation>Ninguna registrada — esta ejecución BLOCKED espera revisión.</translation>
    </message>
    <message>
        <source>No G-code (nothing was generated).</source>
        <translation>Sin código G (no se generó nada).</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>RMOS Desktop run report</source>
        <translation>Informe de ejecución de RMOS Desktop</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <source>Report made by RMOS Desktop %1. Ledger head at print time: %2. Check the artifact with: %3.</source>
        <translation>Informe generado por RMOS Desktop %1. Estado del diario al imprimir: %2. Compruebe el artefacto con: %3.</translation>
    </message>
    <message>
        <source>Run %1 · artifact SHA-256 %2</source>
        <translation>Ejecución %1 · artefacto SHA-256 %2</translation>
    </message>
    <message>
        <source> · ledger head %1</source>
        <translation> · estado del diario %1</translation>
    </message>
    <message>
        <source> · no ledger</source>
        <translation> · sin diario</translation>
    </message>
    <message>
        <source>RMOS Desktop — run report</source>
        <translation>RMOS Desktop — informe de ejecución</translation>
    </message>
</context>
<context>
    <name>RunStrip</name>
    <message>
        <source>Copy id</source>
        <translation>Copiar id</translation>
    </message>
    <message>
        <source>Details ▸</source>
        <translation>Detalles ▸</translation>
    </message>
    <message>
        <source>Export to USB…  (Ctrl+E)</source>
        <translation>Exportar a USB…  (Ctrl+E)</translation>
    </message>
    <message>
        <source>Show preview ▴</source>
        <translation>Mostrar vista previa ▴</translation>
    </message>
    <message>
        <source>The preview is folded while the job is edited; show it again</source>
        <translation>La vista previa se pliega mientras se edita el trabajo; mostrarla de nuevo</translation>
    </message>
    <message>
        <source>Copy hash</source>
        <translation>Copiar hash</translation>
    </message>
    <message>
        <source>Open artifact folder</source>
        <translation>Abrir carpeta de artefactos</translation>
    </message>
    <message>
        <source>Run id</source>
        <translation>Id de ejecución</translation>
    </message>
    <message>
        <source>G-code SHA-256</source>
        <translation>Código G SHA-256</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Aún no hay ejecución</translation>
    </message>
    <message>
        <source>Run %s</source>
        <translation>Ejecución %s</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>checking the records…</source>
        <translation>comprobando los registros…</translation>
    </message>
    <message>
        <source>same bytes as run %s</source>
        <translation>mismos bytes que la ejecución %s</translation>
    </message>
    <message>
        <source>not recorded here</source>
        <translation>no registrado aquí</translation>
    </message>
    <message>
        <source>job changed since this run</source>
        <translation>el trabajo cambió desde esta ejecución</translation>
    </message>
    <message>
        <source>Recorded %s</source>
        <translation>Registrado %s</translation>
    </message>
    <message>
        <source>Details ▾</source>
        <translation>Detalles ▾</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Runs directory</source>
        <translation>Carpeta de ejecuciones</translation>
    </message>
    <message>
        <source>In use now: %1
(from %2; precedence: --runs-dir, RMOS_RUNS_DIR, this setting, the default). A folder shared by several accounts is fine.</source>
        <translation>En uso ahora: %1
(de %2; prioridad: --runs-dir, RMOS_RUNS_DIR, este ajuste, el valor por defecto). Una carpeta compartida por varias cuentas está bien.</translation>
    </message>
    <message>
        <source>Archive old runs… (supervisor)</source>
        <translation>Archivar ejecuciones antiguas… (supervisor)</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <source>Default machine</source>
        <translation>Máquina por defecto</translation>
    </message>
    <message>
        <source>recorded in every run</source>
        <translation>se registra en cada ejecución</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Nombre del operario</translation>
    </message>
    <message>
        <source>UI scale (touch screens, gloves)</source>
        <translation>Escala de la interfaz (pantallas táctiles, guantes)</translation>
    </message>
    <message>
        <source>Millimetres (mm, mm/min)</source>
        <translation>Milímetros (mm, mm/min)</translation>
    </message>
    <message>
        <source>Inches (in, in/min)</source>
        <translation>Pulgadas (in, in/min)</translation>
    </message>
    <message>
        <source>Lengths and feeds in the form, the risk panel, the preview and history. Applied at once.</source>
        <translation>Longitudes y avances en el formulario, el panel de riesgo, la vista previa y el historial. Se aplica al momento.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Job files, records, hashes and the G-code (G21) stay in millimetres.</source>
        <translation>Los archivos de trabajo, los registros, los hashes y el código G (G21) siguen en milímetros.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language shows the next time RMOS Desktop starts. Files, logs and the command line stay English.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie RMOS Desktop. Los archivos, los logs y la línea de comandos siguen en inglés.</translation>
    </message>
    <message>
        <source>the settings file</source>
        <translation>el archivo de ajustes</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>el valor por defecto</translation>
    </message>
</context>
<context>
    <name>ShopIntegration</name>
    <message>
        <source>Not generated under job order %1: the form is not a complete job (%2); nothing was generated or recorded.</source>
        <translation>No se generó bajo el pedido %1: el formulario no es un trabajo completo (%2); no se generó ni se registró nada.</translation>
    </message>
    <message>
        <source>Not generated under job order %1: it cannot be checked (%2); nothing was generated or recorded.</source>
        <translation>No se generó bajo el pedido %1: no se puede comprobar (%2); no se generó ni se registró nada.</translation>
    </message>
    <message>
        <source>Not generated: job order %1 is claimed by %2, not held by this station (%3). Claim it again in Job orders; nothing was generated or recorded.</source>
        <translation>No generado: el pedido %1 lo ha tomado %2, no esta estación (%3). Tómelo de nuevo en Pedidos; no se generó ni se registró nada.</translation>
    </message>
    <message>
        <source>Not generated: job order %1 is no longer claimed (its lease ran out or it was released), not held by this station (%2). Claim it again in Job orders; nothing was generated or recorded.</source>
        <translation>No generado: el pedido %1 ya no está tomado (su reserva venció o se devolvió), no lo tiene esta estación (%2). Tómelo de nuevo en Pedidos; no se generó ni se registró nada.</translation>
    </message>
    <message>
        <source>Not generated: the form is no longer the job of order %1 (its request hash %2… differs from the order&apos;s %3…). Open the order&apos;s job again from Job orders, or start a new job to generate outside the order; nothing was generated or recorded.</source>
        <translation>No generado: el formulario ya no es el trabajo del pedido %1 (su hash de solicitud %2… difiere del del pedido, %3…). Abra de nuevo el trabajo del pedido desde Pedidos o empiece un trabajo nuevo para generar fuera del pedido; no se generó ni se registró nada.</translation>
    </message>
    <message>
        <source>Daily checkpoint of ledger line %s signed</source>
        <translation>Punto de control diario de la línea %s del diario firmado</translation>
    </message>
    <message>
        <source>Daily checkpoint not made: %s (Tools ▸ Audit tells more)</source>
        <translation>Punto de control diario no creado: %s (más en Herramientas ▸ Auditar registros)</translation>
    </message>
    <message>
        <source>&amp;Job orders…</source>
        <translation>&amp;Pedidos…</translation>
    </message>
    <message>
        <source>The shop&apos;s job orders: claim one, open its job, generate under it</source>
        <translation>Los pedidos del taller: tome uno, abra su trabajo, genere bajo él</translation>
    </message>
    <message>
        <source>Job orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>No shop server is configured (Settings or RMOS_SHOP_URL)</source>
        <translation>No hay ningún servidor del taller configurado (Ajustes o RMOS_SHOP_URL)</translation>
    </message>
    <message>
        <source>Job order %s holds no job the form can open.</source>
        <translation>El pedido %s no contiene ningún trabajo que el formulario pueda abrir.</translation>
    </message>
    <message>
        <source>Job order %s is open: Generate runs under it while this station holds its claim</source>
        <translation>El pedido %s está abierto: Generar se ejecuta bajo él mientras esta estación lo tenga tomado</translation>
    </message>
    <message>
        <source>This station no longer holds job order %s: Generate will refuse to run under it</source>
        <translation>Esta estación ya no tiene el pedido %s: Generar se negará a ejecutarse bajo él</translation>
    </message>
    <message>
        <source>Not generated under the job order: nothing recorded</source>
        <translation>No generado bajo el pedido: no se registró nada</translation>
    </message>
</context>
<context>
    <name>ShopStatusLabel</name>
    <message>
        <source>Shop server status</source>
        <translation>Estado del servidor del taller</translation>
    </message>
    <message>
        <source>Shop server: %1</source>
        <translation>Servidor del taller: %1</translation>
    </message>
    <message>
        <source>the environment</source>
        <translation>el entorno</translation>
    </message>
    <message>
        <source>the settings file</source>
        <translation>el archivo de ajustes</translation>
    </message>
    <message>
        <source>shop: checking…</source>
        <translation>taller: comprobando…</translation>
    </message>
    <message>
        <source>shop: sync refused</source>
        <translation>taller: sincronización rechazada</translation>
    </message>
    <message>
        <source>shop: offline since %1</source>
        <translation>taller: sin conexión desde las %1</translation>
    </message>
    <message>
        <source>shop: %1 record waiting</source>
        <translation>taller: %1 registro en espera</translation>
    </message>
    <message>
        <source>shop: %1 records waiting</source>
        <translation>taller: %1 registros en espera</translation>
    </message>
    <message>
        <source>shop: up to date</source>
        <translation>taller: al día</translation>
    </message>
    <message>
        <source>This station: %1 (from %2)</source>
        <translation>Esta estación: %1 (según %2)</translation>
    </message>
    <message>
        <source>Records waiting: %1</source>
        <translation>Registros en espera: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>Click to sync now.</source>
        <translation>Haga clic para sincronizar ahora.</translation>
    </message>
</context>
<context>
    <name>ShopWorkflow</name>
    <message>
        <source>There is no override of a safety block. A blocked job is recorded for supervisor review; the route to allowing it is a reviewed change to the shop&apos;s catalog (blade, material or machine entries) or to the safety policy.</source>
        <translation>Un bloqueo de seguridad no se puede anular. Un trabajo bloqueado se registra para la revisión del supervisor; la vía para permitirlo es un cambio revisado del catálogo del taller (entradas de hoja de sierra, material o máquina) o de la política de seguridad.</translation>
    </message>
    <message>
        <source>unreadable now: %1</source>
        <translation>ilegible ahora: %1</translation>
    </message>
    <message>
        <source>Shop server not used: %1</source>
        <translation>Servidor del taller no usado: %1</translation>
    </message>
    <message>
        <source>Shop server: %1 · station %2 (from %3)</source>
        <translation>Servidor del taller: %1 · estación %2 (según %3)</translation>
    </message>
    <message>
        <source>Open job</source>
        <translation>Abrir trabajo</translation>
    </message>
    <message>
        <source>Job files (*.json)</source>
        <translation>Archivos de trabajo (*.json)</translation>
    </message>
    <message>
        <source>Could not open the job: %s</source>
        <translation>No se pudo abrir el trabajo: %s</translation>
    </message>
    <message>
        <source>Opened %s</source>
        <translation>Abierto %s</translation>
    </message>
    <message>
        <source>(no recent jobs)</source>
        <translation>(no hay trabajos recientes)</translation>
    </message>
    <message>
        <source>Save job as</source>
        <translation>Guardar trabajo como</translation>
    </message>
    <message>
        <source>Could not save the job to %s: %s</source>
        <translation>No se pudo guardar el trabajo en %s: %s</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>Guardado %s</translation>
    </message>
    <message>
        <source>Settings could not be saved: %s</source>
        <translation>No se pudieron guardar los ajustes: %s</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>operator: %s ▾</source>
        <translation>operario: %s ▾</translation>
    </message>
    <message>
        <source>Who is at the saw (recorded with every run). Runs: %s</source>
        <translation>Quién está en la sierra (se registra con cada ejecución). Ejecuciones: %s</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>Otra persona…</translation>
    </message>
    <message>
        <source>Nobody (runs say —)</source>
        <translation>Nadie (las ejecuciones dicen —)</translation>
    </message>
    <message>
        <source>RMOS Desktop %s</source>
        <translation>RMOS Desktop %s</translation>
    </message>
    <message>
        <source>Data directory: %s</source>
        <translation>Carpeta de datos: %s</translation>
    </message>
    <message>
        <source>Runs directory: %s (from %s)</source>
        <translation>Carpeta de ejecuciones: %s (según %s)</translation>
    </message>
    <message>
        <source>Settings and shop catalog files: %s</source>
        <translation>Ajustes y archivos de catálogo del taller: %s</translation>
    </message>
    <message>
        <source>Log file: %s</source>
        <translation>Archivo de log: %s</translation>
    </message>
    <message>
        <source>Catalog: %s (SHA-256 %s…)</source>
        <translation>Catálogo: %s (SHA-256 %s…)</translation>
    </message>
    <message>
        <source>Audit ledger head: %s</source>
        <translation>Estado del diario de auditoría: %s</translation>
    </message>
    <message>
        <source>no runs recorded yet</source>
        <translation>aún no hay ejecuciones registradas</translation>
    </message>
    <message>
        <source>Shop catalog in force: %s (SHA-256 %s)</source>
        <translation>Catálogo del taller en vigor: %s (SHA-256 %s)</translation>
    </message>
    <message>
        <source>Station key: %s (public key: %s)</source>
        <translation>Clave del puesto: %s (clave pública: %s)</translation>
    </message>
    <message>
        <source>Station key: none usable — records are not signed (see the log file)</source>
        <translation>Clave del puesto: ninguna utilizable — los registros no se firman (vea el archivo de log)</translation>
    </message>
</context>
<context>
    <name>SourceSwitch</name>
    <message>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Este puesto</translation>
    </message>
    <message>
        <source>Whole shop</source>
        <translation>Todo el taller</translation>
    </message>
    <message>
        <source>Every station&apos;s runs, from the shop server</source>
        <translation>Las ejecuciones de todas las estaciones, del servidor del taller</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to RMOS Desktop.</source>
        <translation>Bienvenido a RMOS Desktop.</translation>
    </message>
    <message>
        <source>Counting the runs recorded here…</source>
        <translation>Contando las ejecuciones registradas aquí…</translation>
    </message>
    <message>
        <source>Open an example job to see how the risk panel judges it:</source>
        <translation>Abra un trabajo de ejemplo para ver cómo lo evalúa el panel de riesgo:</translation>
    </message>
    <message>
        <source>Every attempt to generate is recorded in %s (change it in Tools ▸ Settings). More example jobs are in %s.</source>
        <translation>Cada intento de generar se registra en %s (cámbielo en Herramientas ▸ Ajustes). Hay más trabajos de ejemplo en %s.</translation>
    </message>
    <message>
        <source>The run index cannot say how many runs are recorded here.</source>
        <translation>El índice de ejecuciones no puede decir cuántas ejecuciones hay registradas aquí.</translation>
    </message>
    <message>
        <source>No runs are recorded here yet.</source>
        <translation>Aún no hay ejecuciones registradas aquí.</translation>
    </message>
    <message>
        <source>%d runs recorded here</source>
        <translation>%d ejecuciones registradas aquí</translation>
    </message>
    <message>
        <source>%d run recorded here</source>
        <translation>%d ejecución registrada aquí</translation>
    </message>
    <message>
        <source> (Tools ▸ Run history).</source>
        <translation> (Herramientas ▸ Historial de ejecuciones).</translation>
    </message>
    <message>
        <source>%d blocked runs await supervisor review.</source>
        <translation>%d ejecuciones bloqueadas esperan la revisión del supervisor.</translation>
    </message>
    <message>
        <source>Fret slots, 648 mm scale</source>
        <translation>Ranuras de trastes, escala 648 mm</translation>
    </message>
    <message>
        <source>Over-speed (RED, blocked)</source>
        <translation>Sobrevelocidad (RED, bloqueado)</translation>
    </message>
    <message>
        <source>Side kerfs (kerf array)</source>
        <translation>Cortes laterales (serie de cortes)</translation>
    </message>
    <message>
        <source>Veneer trim (GREEN)</source>
        <translation>Recorte de chapa (GREEN)</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>First move</source>
        <translation>Primer movimiento</translation>
    </message>
    <message>
        <source>Previous move</source>
        <translation>Movimiento anterior</translation>
    </message>
    <message>
        <source>Next move</source>
        <translation>Movimiento siguiente</translation>
    </message>
    <message>
        <source>Last move</source>
        <translation>Último movimiento</translation>
    </message>
    <message>
        <source>Walk through the program move by move</source>
        <translation>Recorrer el programa movimiento a movimiento</translation>
    </message>
</context>
<context>
    <name>SummaryRow</name>
    <message>
        <source>Show the blocked runs nobody has reviewed yet</source>
        <translation>Mostrar las ejecuciones bloqueadas que nadie ha revisado</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) listed</source>
        <translation>
            <numerusform>%n ejecución listada</numerusform>
            <numerusform>%n ejecuciones listadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked run(s) awaiting review ▸</source>
        <translation>
            <numerusform>%n ejecución bloqueada pendiente de revisión ▸</numerusform>
            <numerusform>%n ejecuciones bloqueadas pendientes de revisión ▸</numerusform>
        </translation>
    </message>
    <message>
        <source>No blocked runs awaiting review</source>
        <translation>No hay ejecuciones bloqueadas pendientes de revisión</translation>
    </message>
</context>
<context>
    <name>ToolpathPlot</name>
    <message>
        <source>Top view (X–Y)</source>
        <translation>Vista superior (X–Y)</translation>
    </message>
    <message>
        <source>Side view (X–Z)</source>
        <translation>Vista lateral (X–Z)</translation>
    </message>
    <message>
        <source>%s (mm)</source>
        <translation>%s (mm)</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1  (%2 bytes)</source>
        <translation>SHA-256: %1  (%2 bytes)</translation>
    </message>
    <message>
        <source>Run %1  %2  %3  %4  %5</source>
        <translation>Ejecución %1  %2  %3  %4  %5</translation>
    </message>
    <message>
        <source>decision: %1</source>
        <translation>decisión: %1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>FAILED (%1)</source>
        <translation>FALLIDO (%1)</translation>
    </message>
    <message>
        <source>exported %1 to %2 as %3: %4</source>
        <translation>exportado %1 a %2 como %3: %4</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>coincide</translation>
    </message>
    <message>
        <source>DISAGREES: %1</source>
        <translation>NO COINCIDE: %1</translation>
    </message>
    <message>
        <source>Provenance file: %1</source>
        <translation>Archivo de procedencia: %1</translation>
    </message>
    <message>
        <source>Checksum file: %1</source>
        <translation>Archivo de suma de comprobación: %1</translation>
    </message>
    <message>
        <source>DISAGREES</source>
        <translation>NO COINCIDE</translation>
    </message>
    <message>
        <source>MATCH: these exact bytes were produced by run(s) %1.</source>
        <translation>MATCH: estos bytes exactos proceden de la(s) ejecución(es) %1.</translation>
    </message>
    <message>
        <source>Bytes match run(s) %1, but none of them is an OK run.</source>
        <translation>Los bytes coinciden con la(s) ejecución(es) %1, pero ninguna es una ejecución OK.</translation>
    </message>
    <message>
        <source>The provenance file beside it disagrees: %1.</source>
        <translation>El archivo de procedencia que la acompaña no coincide: %1.</translation>
    </message>
    <message>
        <source>NO MATCH: this file differs from run %1 only in its line endings (%2 instead of LF, as an editor or a Windows copy makes them). It is not the file that was exported; export the run again rather than using this copy.</source>
        <translation>NO MATCH: este archivo difiere de la ejecución %1 solo en los finales de línea (%2 en lugar de LF, como los deja un editor o una copia en Windows). No es el archivo exportado; exporte de nuevo la ejecución en lugar de usar esta copia.</translation>
    </message>
    <message>
        <source>NO MATCH: no run on this workstation produced these bytes — it was not produced here, or it was modified after export.</source>
        <translation>NO MATCH: ninguna ejecución de este puesto produjo estos bytes — no se produjo aquí o se modificó después de exportarlo.</translation>
    </message>
    <message>
        <source>%1 (UTC %2)</source>
        <translation>%1 (UTC %2)</translation>
    </message>
    <message>
        <source>Verify G-code file</source>
        <translation>Verificar archivo de código G</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>G-code (*.nc *.gcode *.ngc *.tap *.txt);;All files (*)</source>
        <translation>Código G (*.nc *.gcode *.ngc *.tap *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Verify G-code file</source>
        <translation>Verificar archivo de código G</translation>
    </message>
    <message>
        <source>Verifying %s…</source>
        <translation>Verificando %s…</translation>
    </message>
    <message>
        <source>Could not verify %s: %s</source>
        <translation>No se pudo verificar %s: %s</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong: %s: %s</source>
        <translation>Algo ha fallado: %s: %s</translation>
    </message>
    <message>
        <source>The app keeps running; nothing you recorded is lost.</source>
        <translation>La aplicación sigue funcionando; no se pierde nada de lo registrado.</translation>
    </message>
    <message>
        <source>The details are in the log file %s</source>
        <translation>Los detalles están en el archivo de log %s</translation>
    </message>
</context>
</TS>
