<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive old runs</source>
        <translation>Alte Läufe archivieren</translation>
    </message>
    <message>
        <source>Moves whole days of runs out of the runs directory into one zip file. Every artifact is checked against the audit ledger first; the zip is read back and checked; an archive record is kept in the runs directory; only then are the day folders removed. Archived runs stay listed in the history. Nothing is deleted if any step fails. Today&apos;s runs are never archived.</source>
        <translation>Verschiebt ganze Tage von Läufen aus dem Laufordner in eine ZIP-Datei. Zuerst wird jedes Artefakt gegen das Prüfprotokoll geprüft; die ZIP-Datei wird zurückgelesen und geprüft; ein Archiveintrag bleibt im Laufordner; erst dann werden die Tagesordner entfernt. Archivierte Läufe bleiben im Verlauf aufgeführt. Schlägt ein Schritt fehl, wird nichts gelöscht. Die Läufe von heute werden nie archiviert.</translation>
    </message>
    <message>
        <source>Archive days before</source>
        <translation>Tage archivieren vor dem</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Archivordner</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Restore from an archive…</source>
        <translation>Aus einem Archiv wiederherstellen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Choose the folder the archive goes to (a network share or a disk).</source>
        <translation>Ordner für das Archiv wählen (Netzlaufwerk oder Festplatte).</translation>
    </message>
    <message>
        <source>Checking and archiving…</source>
        <translation>Prüfen und archivieren…</translation>
    </message>
    <message numerus="yes">
        <source>Archived %Ln run(s) from %1 day(s) into %2
SHA-256 %3</source>
        <translation>
            <numerusform>%Ln Lauf aus %1 Tag(en) archiviert in %2
SHA-256 %3</numerusform>
            <numerusform>%Ln Läufe aus %1 Tag(en) archiviert in %2
SHA-256 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>Aus Archiv wiederherstellen</translation>
    </message>
    <message>
        <source>RMOS archives (*.zip)</source>
        <translation>RMOS-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Verifying and restoring…</source>
        <translation>Prüfen und wiederherstellen…</translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln file(s) from %1</source>
        <translation>
            <numerusform>%Ln Datei wiederhergestellt aus %1</numerusform>
            <numerusform>%Ln Dateien wiederhergestellt aus %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit the run records</source>
        <translation>Laufeinträge prüfen</translation>
    </message>
    <message>
        <source>optional: SEQ:HASH from an export statement or a report footer</source>
        <translation>optional: SEQ:HASH aus einem Exportnachweis oder einer Berichtsfußzeile</translation>
    </message>
    <message>
        <source>Expected ledger head</source>
        <translation>Erwarteter Protokollstand</translation>
    </message>
    <message>
        <source>Run audit</source>
        <translation>Prüfung starten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Station key</source>
        <translation>Stationsschlüssel</translation>
    </message>
    <message>
        <source>looking…</source>
        <translation>wird gesucht…</translation>
    </message>
    <message>
        <source>Latest checkpoint</source>
        <translation>Letzter Prüfpunkt</translation>
    </message>
    <message>
        <source>Make checkpoint now</source>
        <translation>Prüfpunkt jetzt setzen</translation>
    </message>
    <message>
        <source>Check the records since the last checkpoint and sign the ledger head with the station key</source>
        <translation>Die Einträge seit dem letzten Prüfpunkt prüfen und den Protokollstand mit dem Stationsschlüssel signieren</translation>
    </message>
    <message>
        <source>Cosign with a key on a stick…</source>
        <translation>Mit einem Schlüssel vom USB-Stick gegenzeichnen…</translation>
    </message>
    <message>
        <source>A supervisor&apos;s key (made with `rmos keys init`, kept off this workstation) adds its signature to the latest checkpoint: a later rewrite of the records it covers is then caught</source>
        <translation>Der Schlüssel eines Schichtleiters (mit `rmos keys init` erzeugt, nicht auf diesem Arbeitsplatz aufbewahrt) unterschreibt den letzten Prüfpunkt mit: ein späteres Umschreiben der davon erfassten Einträge fällt dann auf</translation>
    </message>
    <message>
        <source>none usable: records are not signed (the log file says why)</source>
        <translation>keiner nutzbar: Einträge werden nicht signiert (die Protokolldatei sagt warum)</translation>
    </message>
    <message>
        <source>Its public key (to check the records elsewhere): %1</source>
        <translation>Sein öffentlicher Schlüssel (um die Einträge anderswo zu prüfen): %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>not cosigned</source>
        <translation>nicht gegengezeichnet</translation>
    </message>
    <message>
        <source>size %1 (ledger lines 1–%1), made %2; signed by %3; cosigned by: %4</source>
        <translation>Größe %1 (Protokollzeilen 1–%1), erstellt %2; signiert von %3; gegengezeichnet von: %4</translation>
    </message>
    <message>
        <source>it could not be recorded: %1</source>
        <translation>er konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Nothing was signed: %1</source>
        <translation>Nichts wurde signiert: %1</translation>
    </message>
    <message>
        <source>Checking the records and signing a checkpoint…</source>
        <translation>Einträge werden geprüft und ein Prüfpunkt signiert…</translation>
    </message>
    <message>
        <source>✔ Checkpoint of ledger line %1 signed by the station key %2 and recorded.</source>
        <translation>✔ Prüfpunkt der Protokollzeile %1 mit dem Stationsschlüssel %2 signiert und gespeichert.</translation>
    </message>
    <message>
        <source>Checked: %1
Recorded in %2</source>
        <translation>Geprüft: %1
Gespeichert in %2</translation>
    </message>
    <message>
        <source>Cosign with a key on a stick</source>
        <translation>Mit einem Schlüssel vom USB-Stick gegenzeichnen</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Schlüsseldateien (*.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cosigning with %1…</source>
        <translation>Gegenzeichnen mit %1…</translation>
    </message>
    <message>
        <source>No checkpoint covered the last records: one of line %1 was made first. </source>
        <translation>Kein Prüfpunkt erfasste die letzten Einträge: zuerst wurde einer für Zeile %1 erstellt. </translation>
    </message>
    <message>
        <source>✔ Checkpoint of ledger line %1 cosigned by key %2 and recorded.</source>
        <translation>✔ Prüfpunkt der Protokollzeile %1 mit Schlüssel %2 gegengezeichnet und gespeichert.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Was nicht stimmt</translation>
    </message>
    <message>
        <source>Checks the audit ledger and every run file in %1: modified, missing or planted files, edited, deleted or reordered ledger lines. With an expected head (quoted by every export statement and report) it also catches a ledger cut short or rewritten. This detects tampering; it does not prevent it.</source>
        <translation>Prüft das Prüfprotokoll und jede Laufdatei in %1: geänderte, fehlende oder untergeschobene Dateien, bearbeitete, gelöschte oder umsortierte Protokollzeilen. Mit einem erwarteten Protokollstand (in jedem Exportnachweis und Bericht angegeben) erkennt sie auch ein gekürztes oder neu geschriebenes Protokoll. Das deckt Manipulation auf; es verhindert sie nicht.</translation>
    </message>
    <message>
        <source>The expected head must look like 12:&lt;64 hex digits&gt;, as an export statement quotes it.</source>
        <translation>Der erwartete Protokollstand hat die Form 12:&lt;64 Hex-Ziffern&gt;, wie ihn ein Exportnachweis angibt.</translation>
    </message>
    <message>
        <source>Nothing has been recorded in %1 yet.</source>
        <translation>In %1 ist noch nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>Checking the ledger and every run file…</source>
        <translation>Protokoll und alle Laufdateien werden geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>✔ All %Ln record(s) consistent, ledger head %1</source>
        <translation>
            <numerusform>✔ %Ln Eintrag stimmig, Protokollstand %1</numerusform>
            <numerusform>✔ Alle %Ln Einträge stimmig, Protokollstand %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(no ledger yet)</source>
        <translation>(noch kein Protokoll)</translation>
    </message>
    <message numerus="yes">
        <source>✖ %Ln problem(s) found. Ledger head %1.</source>
        <translation>
            <numerusform>✖ %Ln Problem gefunden. Protokollstand %1.</numerusform>
            <numerusform>✖ %Ln Probleme gefunden. Protokollstand %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more problem(s): run `rmos audit verify --json` for the full list</source>
        <translation>
            <numerusform>%Ln weiteres Problem: `rmos audit verify --json` zeigt die ganze Liste</numerusform>
            <numerusform>%Ln weitere Probleme: `rmos audit verify --json` zeigt die ganze Liste</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>ledger seq</source>
        <translation>Protokoll-Nr.</translation>
    </message>
    <message>
        <source>ledger line</source>
        <translation>Protokollzeile</translation>
    </message>
    <message>
        <source>The audit could not run: %1</source>
        <translation>Die Prüfung konnte nicht laufen: %1</translation>
    </message>
</context>
<context>
    <name>RunDescription</name>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Decision — every calculator</source>
        <translation>Entscheidung — alle Rechner</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Hashes (SHA-256)</source>
        <translation>Prüfsummen (SHA-256)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <source>Job / order</source>
        <translation>Auftrag / Bestellung</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>App-Version</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Artifact file</source>
        <translation>Artefaktdatei</translation>
    </message>
    <message>
        <source>Extents</source>
        <translation>Ausdehnung</translation>
    </message>
    <message>
        <source>Path length</source>
        <translation>Weglänge</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Geschätzte Zeit</translation>
    </message>
    <message>
        <source>Cuts × passes</source>
        <translation>Schnitte × Durchgänge</translation>
    </message>
    <message>
        <source>G-code</source>
        <translation>G-Code</translation>
    </message>
    <message>
        <source>G-code file</source>
        <translation>G-Code-Datei</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Why it was blocked</source>
        <translation>Warum gesperrt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Warnings acknowledged by</source>
        <translation>Warnungen bestätigt von</translation>
    </message>
    <message>
        <source>Input error</source>
        <translation>Eingabefehler</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Values in inches; the record is in millimetres.</source>
        <translation>Werte in Zoll; der Eintrag ist in Millimetern.</translation>
    </message>
    <message>
        <source>calculator</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>limit / band</source>
        <translation>Grenze / Bereich</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>why</source>
        <translation>warum</translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>when</source>
        <translation>wann</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>Bewertet von</translation>
    </message>
    <message>
        <source>disposition</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>kopieren</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Keine aufgezeichnet.</translation>
    </message>
    <message>
        <source>None recorded — this BLOCKED run awaits review.</source>
        <translation>Keine aufgezeichnet — dieser BLOCKED-Lauf wartet auf Bewertung.</translation>
    </message>
    <message>
        <source>No G-code (nothing was generated).</source>
        <translation>Kein G-Code (nichts wurde erzeugt).</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>RMOS Desktop run report</source>
        <translation>RMOS Desktop Laufbericht</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Report made by RMOS Desktop %1. Ledger head at print time: %2. Check the artifact with: %3.</source>
        <translation>Bericht erstellt von RMOS Desktop %1. Protokollstand beim Drucken: %2. Artefakt prüfen mit: %3.</translation>
    </message>
    <message>
        <source>Run %1 · artifact SHA-256 %2</source>
        <translation>Lauf %1 · Artefakt SHA-256 %2</translation>
    </message>
    <message>
        <source> · ledger head %1</source>
        <translation> · Protokollstand %1</translation>
    </message>
    <message>
        <source> · no ledger</source>
        <translation> · kein Protokoll</translation>
    </message>
    <message>
        <source>RMOS Desktop — run report</source>
        <translation>RMOS Desktop — Laufbericht</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Runs directory</source>
        <translation>Laufordner</translation>
    </message>
    <message>
        <source>In use now: %1
(from %2; precedence: --runs-dir, RMOS_RUNS_DIR, this setting, the default). A folder shared by several accounts is fine.</source>
        <translation>Jetzt in Gebrauch: %1
(aus %2; Vorrang: --runs-dir, RMOS_RUNS_DIR, diese Einstellung, der Standard). Ein Ordner, den mehrere Konten teilen, ist in Ordnung.</translation>
    </message>
    <message>
        <source>Archive old runs… (supervisor)</source>
        <translation>Alte Läufe archivieren… (Schichtleiter)</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Default machine</source>
        <translation>Standardmaschine</translation>
    </message>
    <message>
        <source>recorded in every run</source>
        <translation>wird in jedem Lauf festgehalten</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Name des Bedieners</translation>
    </message>
    <message>
        <source>UI scale (touch screens, gloves)</source>
        <translation>Anzeigegröße (Touchscreen, Handschuhe)</translation>
    </message>
    <message>
        <source>Millimetres (mm, mm/min)</source>
        <translation>Millimeter (mm, mm/min)</translation>
    </message>
    <message>
        <source>Inches (in, in/min)</source>
        <translation>Zoll (in, in/min)</translation>
    </message>
    <message>
        <source>Lengths and feeds in the form, the risk panel, the preview and history. Applied at once.</source>
        <translation>Längen und Vorschübe im Formular, in der Risikoanzeige, der Vorschau und im Verlauf. Gilt sofort.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Job files, records, hashes and the G-code (G21) stay in millimetres.</source>
        <translation>Auftragsdateien, Einträge, Hashes und der G-Code (G21) bleiben in Millimetern.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemvorgabe (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language shows the next time RMOS Desktop starts. Files, logs and the command line stay English.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von RMOS Desktop. Dateien, Protokolldateien und die Kommandozeile bleiben englisch.</translation>
    </message>
    <message>
        <source>the settings file</source>
        <translation>der Einstellungsdatei</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>dem Standard</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1  (%2 bytes)</source>
        <translation>SHA-256: %1  (%2 Bytes)</translation>
    </message>
    <message>
        <source>Run %1  %2  %3  %4  %5</source>
        <translation>Lauf %1  %2  %3  %4  %5</translation>
    </message>
    <message>
        <source>decision: %1</source>
        <translation>Entscheidung: %1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>FAILED (%1)</source>
        <translation>FEHLGESCHLAGEN (%1)</translation>
    </message>
    <message>
        <source>exported %1 to %2 as %3: %4</source>
        <translation>exportiert %1 nach %2 als %3: %4</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <source>DISAGREES: %1</source>
        <translation>WIDERSPRICHT: %1</translation>
    </message>
    <message>
        <source>Provenance file: %1</source>
        <translation>Herkunftsdatei: %1</translation>
    </message>
    <message>
        <source>Checksum file: %1</source>
        <translation>Prüfsummendatei: %1</translation>
    </message>
    <message>
        <source>DISAGREES</source>
        <translation>WIDERSPRICHT</translation>
    </message>
    <message>
        <source>MATCH: these exact bytes were produced by run(s) %1.</source>
        <translation>MATCH: genau diese Bytes hat Lauf/Läufe %1 erzeugt.</translation>
    </message>
    <message>
        <source>Bytes match run(s) %1, but none of them is an OK run.</source>
        <translation>Die Bytes stimmen mit Lauf/Läufen %1 überein, aber keiner davon ist ein OK-Lauf.</translation>
    </message>
    <message>
        <source>The provenance file beside it disagrees: %1.</source>
        <translation>Die Herkunftsdatei daneben widerspricht: %1.</translation>
    </message>
    <message>
        <source>NO MATCH: this file differs from run %1 only in its line endings (%2 instead of LF, as an editor or a Windows copy makes them). It is not the file that was exported; export the run again rather than using this copy.</source>
        <translation>NO MATCH: diese Datei unterscheidet sich von Lauf %1 nur in den Zeilenenden (%2 statt LF, wie sie ein Editor oder eine Windows-Kopie erzeugt). Sie ist nicht die exportierte Datei; den Lauf neu exportieren statt diese Kopie zu verwenden.</translation>
    </message>
    <message>
        <source>NO MATCH: no run on this workstation produced these bytes — it was not produced here, or it was modified after export.</source>
        <translation>NO MATCH: kein Lauf an diesem Arbeitsplatz hat diese Bytes erzeugt — die Datei stammt nicht von hier oder wurde nach dem Export geändert.</translation>
    </message>
    <message>
        <source>%1 (UTC %2)</source>
        <translation>%1 (UTC %2)</translation>
    </message>
    <message>
        <source>Verify G-code file</source>
        <translation>G-Code-Datei prüfen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong: %s: %s</source>
        <translation>Etwas ist schiefgelaufen: %s: %s</translation>
    </message>
    <message>
        <source>The app keeps running; nothing you recorded is lost.</source>
        <translation>Das Programm läuft weiter; nichts Aufgezeichnetes geht verloren.</translation>
    </message>
    <message>
        <source>The details are in the log file %s</source>
        <translation>Die Einzelheiten stehen in der Protokolldatei %s</translation>
    </message>
</context>
</TS>
