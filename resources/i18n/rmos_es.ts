<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
