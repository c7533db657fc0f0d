<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About RMOS Desktop</source>
        <translation>Über RMOS Desktop</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>Review…  %1</source>
        <translation>Bewerten…  %1</translation>
    </message>
    <message>
        <source>Record a supervisor&apos;s review of the selected run (%1)</source>
        <translation>Bewertung des gewählten Laufs durch den Schichtleiter aufzeichnen (%1)</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>The selected run beside another: only what differs</source>
        <translation>Gewählten Lauf neben einem anderen zeigen: nur die Unterschiede</translation>
    </message>
    <message>
        <source>Open in preview</source>
        <translation>In Vorschau öffnen</translation>
    </message>
    <message>
        <source>Open G-code file</source>
        <translation>G-Code-Datei öffnen</translation>
    </message>
    <message>
        <source>Export to USB…</source>
        <translation>Auf USB exportieren…</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Bericht…</translation>
    </message>
    <message>
        <source>Write the selected run&apos;s PDF report</source>
        <translation>PDF-Bericht des gewählten Laufs schreiben</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read runs other workstations or programs added (%1)</source>
        <translation>Läufe einlesen, die andere Arbeitsplätze oder Programme hinzugefügt haben (%1)</translation>
    </message>
</context>
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
    <name>CompareDialog</name>
    <message>
        <source>Compare runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <source>Only differences</source>
        <translation>Nur Unterschiede</translation>
    </message>
    <message>
        <source>No other run to compare with.</source>
        <translation>Kein anderer Lauf zum Vergleichen.</translation>
    </message>
    <message>
        <source>Cannot read the run: %1</source>
        <translation>Lauf kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>%n Feld unterscheidet sich.</numerusform>
            <numerusform>%n Felder unterscheiden sich.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two runs do not differ.</source>
        <translation>Die beiden Läufe unterscheiden sich nicht.</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>blade speed</source>
        <translation>Sägeblattdrehzahl</translation>
    </message>
    <message>
        <source>rim speed</source>
        <translation>Schnittgeschwindigkeit</translation>
    </message>
    <message>
        <source>bite</source>
        <translation>Zahnvorschub</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>power (est.)</source>
        <translation>Leistung (gesch.)</translation>
    </message>
    <message>
        <source>feed</source>
        <translation>Vorschub</translation>
    </message>
    <message>
        <source>envelope</source>
        <translation>Verfahrbereich</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>cut length</source>
        <translation>Schnittlänge</translation>
    </message>
    <message>
        <source>kerf pitch</source>
        <translation>Schnittabstand</translation>
    </message>
    <message>
        <source>kerf / plate</source>
        <translation>Schnittbreite / Stammblatt</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>Rohteil</translation>
    </message>
    <message>
        <source>rpm</source>
        <translation>U/min</translation>
    </message>
    <message>
        <source>mm/tooth</source>
        <translation>mm/Zahn</translation>
    </message>
    <message>
        <source>in/tooth</source>
        <translation>in/Zahn</translation>
    </message>
    <message>
        <source>mm/t</source>
        <translation>mm/Z</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>≤ %1 (max %2)</source>
        <translation>≤ %1 (max. %2)</translation>
    </message>
    <message>
        <source>%1–%2 (hard %3)</source>
        <translation>%1–%2 (Grenze %3)</translation>
    </message>
    <message>
        <source>%1–%2 (red &gt; %3)</source>
        <translation>%1–%2 (RED &gt; %3)</translation>
    </message>
    <message>
        <source>≤ %1 (exposure %2)</source>
        <translation>≤ %1 (Überstand %2)</translation>
    </message>
    <message>
        <source>≤ %1 W (usable %2 W)</source>
        <translation>≤ %1 W (nutzbar %2 W)</translation>
    </message>
    <message>
        <source>≤ %1 (thickness)</source>
        <translation>≤ %1 (Dicke)</translation>
    </message>
    <message>
        <source>&gt; %1 (footprint)</source>
        <translation>&gt; %1 (Eingriffslänge)</translation>
    </message>
    <message>
        <source>&gt; %1 (kerf)</source>
        <translation>&gt; %1 (Schnittbreite)</translation>
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
        <translation>entlang %1, Schnitt in %2</translation>
    </message>
    <message>
        <source>Spindle speed %1 rpm exceeds the machine&apos;s maximum %2 rpm</source>
        <translation>Spindeldrehzahl %1 U/min überschreitet das Maschinenmaximum %2 U/min</translation>
    </message>
    <message>
        <source>Blade speed %1 rpm exceeds the blade&apos;s marked maximum %2 rpm</source>
        <translation>Sägeblattdrehzahl %1 U/min überschreitet die auf dem Sägeblatt angegebene Höchstdrehzahl %2 U/min</translation>
    </message>
    <message>
        <source>Blade speed %1 rpm is within 10 % of the blade&apos;s marked maximum %2 rpm</source>
        <translation>Sägeblattdrehzahl %1 U/min liegt weniger als 10 % unter der angegebenen Höchstdrehzahl %2 U/min</translation>
    </message>
    <message>
        <source>Blade speed %1 rpm is well under the blade&apos;s marked maximum %2 rpm</source>
        <translation>Sägeblattdrehzahl %1 U/min liegt deutlich unter der angegebenen Höchstdrehzahl %2 U/min</translation>
    </message>
    <message>
        <source>Rim speed %1 exceeds the %2 limit for saw blades</source>
        <translation>Schnittgeschwindigkeit %1 überschreitet die Grenze von %2 für Sägeblätter</translation>
    </message>
    <message>
        <source>Rim speed %1 is below %2&apos;s band: slow, rough cut</source>
        <translation>Schnittgeschwindigkeit %1 liegt unter dem Bereich für %2: langsamer, rauer Schnitt</translation>
    </message>
    <message>
        <source>Rim speed %1 is above %2&apos;s band: heat and burn marks</source>
        <translation>Schnittgeschwindigkeit %1 liegt über dem Bereich für %2: Hitze und Brandspuren</translation>
    </message>
    <message>
        <source>Rim speed %1 is inside %2&apos;s band</source>
        <translation>Schnittgeschwindigkeit %1 liegt im Bereich für %2</translation>
    </message>
    <message>
        <source>Bite %1 is over 1.5× the blade&apos;s maximum %2: tooth overload and kickback risk; lower the feed or raise the speed</source>
        <translation>Zahnvorschub %1 liegt über dem 1,5-Fachen des Sägeblatt-Maximums %2: Zahnüberlastung und Rückschlaggefahr; Vorschub senken oder Drehzahl erhöhen</translation>
    </message>
    <message>
        <source>Bite %1 is over 1.5× %2&apos;s maximum %3: tooth overload and kickback risk; lower the feed or raise the speed</source>
        <translation>Zahnvorschub %1 liegt über dem 1,5-Fachen des Maximums für %2 (%3): Zahnüberlastung und Rückschlaggefahr; Vorschub senken oder Drehzahl erhöhen</translation>
    </message>
    <message>
        <source>Bite %1 is above the blade&apos;s band: heavy load on the teeth</source>
        <translation>Zahnvorschub %1 liegt über dem Bereich des Sägeblatts: hohe Last auf den Zähnen</translation>
    </message>
    <message>
        <source>Bite %1 is above %2&apos;s band: heavy load on the teeth</source>
        <translation>Zahnvorschub %1 liegt über dem Bereich für %2: hohe Last auf den Zähnen</translation>
    </message>
    <message>
        <source>Bite %1 is below the blade&apos;s band: the teeth rub, heat and burn the cut</source>
        <translation>Zahnvorschub %1 liegt unter dem Bereich des Sägeblatts: die Zähne reiben, erhitzen und verbrennen den Schnitt</translation>
    </message>
    <message>
        <source>Bite %1 is below %2&apos;s band: the teeth rub, heat and burn the cut</source>
        <translation>Zahnvorschub %1 liegt unter dem Bereich für %2: die Zähne reiben, erhitzen und verbrennen den Schnitt</translation>
    </message>
    <message>
        <source>Bite %1 is inside the blade&apos;s band</source>
        <translation>Zahnvorschub %1 liegt im Bereich des Sägeblatts</translation>
    </message>
    <message>
        <source>Bite %1 is inside %2&apos;s band</source>
        <translation>Zahnvorschub %1 liegt im Bereich für %2</translation>
    </message>
    <message>
        <source>This blade&apos;s flange leaves no usable exposure: it cannot cut at any depth</source>
        <translation>Der Flansch dieses Sägeblatts lässt keinen nutzbaren Überstand: es kann in keiner Tiefe schneiden</translation>
    </message>
    <message>
        <source>Depth %1 is beyond the blade&apos;s exposure %2: the flange hits the work</source>
        <translation>Tiefe %1 liegt über dem Überstand des Sägeblatts %2: der Flansch trifft das Werkstück</translation>
    </message>
    <message>
        <source>Depth %1 is within 20 % of the blade&apos;s exposure %2</source>
        <translation>Tiefe %1 liegt weniger als 20 % unter dem Überstand des Sägeblatts %2</translation>
    </message>
    <message>
        <source>Depth %1 is well within the blade&apos;s exposure %2</source>
        <translation>Tiefe %1 liegt deutlich innerhalb des Überstands des Sägeblatts %2</translation>
    </message>
    <message>
        <source>Estimated %1 W exceeds the spindle&apos;s usable %2 W: stall and kickback risk</source>
        <translation>Geschätzt %1 W überschreitet die nutzbare Spindelleistung %2 W: Gefahr von Stillstand und Rückschlag</translation>
    </message>
    <message>
        <source>Estimated %1 W is over 80 % of the spindle&apos;s usable %2 W</source>
        <translation>Geschätzt %1 W liegt über 80 % der nutzbaren Spindelleistung %2 W</translation>
    </message>
    <message>
        <source>Estimated %1 W of the spindle&apos;s usable %2 W (an estimate)</source>
        <translation>Geschätzt %1 W von %2 W nutzbarer Spindelleistung (eine Schätzung)</translation>
    </message>
    <message>
        <source>Feed %1 exceeds the machine&apos;s maximum %2</source>
        <translation>Vorschub %1 überschreitet das Maschinenmaximum %2</translation>
    </message>
    <message>
        <source>Feed %1 is within the machine&apos;s maximum %2</source>
        <translation>Vorschub %1 liegt innerhalb des Maschinenmaximums %2</translation>
    </message>
    <message>
        <source>Leaves the machine&apos;s travel: %1</source>
        <translation>Verlässt den Verfahrbereich der Maschine: %1</translation>
    </message>
    <message>
        <source>%1 %2 is below the travel&apos;s %3</source>
        <translation>%1 %2 liegt unter der Verfahrgrenze %3</translation>
    </message>
    <message>
        <source>%1 %2 is beyond the travel&apos;s %3</source>
        <translation>%1 %2 liegt über der Verfahrgrenze %3</translation>
    </message>
    <message>
        <source>Every move stays inside the travel (%1 to the nearest limit)</source>
        <translation>Jede Bewegung bleibt im Verfahrbereich (%1 bis zur nächsten Grenze)</translation>
    </message>
    <message>
        <source>Every cut runs along %1, all in the %2 direction</source>
        <translation>Jeder Schnitt verläuft entlang %1, alle in Richtung %2</translation>
    </message>
    <message>
        <source>The cut is not parallel to the blade axis %1: a saw blade cuts only in its own plane</source>
        <translation>Der Schnitt liegt nicht parallel zur Sägeblattachse %1: ein Sägeblatt schneidet nur in seiner eigenen Ebene</translation>
    </message>
    <message>
        <source>Slot of %1 is shorter than the blade&apos;s footprint %2 at this depth</source>
        <translation>Schlitz von %1 ist kürzer als die Eingriffslänge des Sägeblatts %2 bei dieser Tiefe</translation>
    </message>
    <message>
        <source>Blade centre travels %1; the kerf reaches %2 beyond it at each end</source>
        <translation>Sägeblattmitte fährt %1; der Schnitt reicht an jedem Ende %2 darüber hinaus</translation>
    </message>
    <message>
        <source>One cut: no pitch to check</source>
        <translation>Ein Schnitt: kein Abstand zu prüfen</translation>
    </message>
    <message>
        <source>Pitch %1 is not wider than the kerf %2: kerfs merge</source>
        <translation>Abstand %1 ist nicht größer als die Schnittbreite %2: die Schnitte laufen ineinander</translation>
    </message>
    <message>
        <source>Closest fret spacing %1 is not wider than the kerf %2: kerfs merge</source>
        <translation>Kleinster Bundabstand %1 ist nicht größer als die Schnittbreite %2: die Schnitte laufen ineinander</translation>
    </message>
    <message>
        <source>Pitch %1 leaves %2 between kerfs</source>
        <translation>Abstand %1 lässt %2 zwischen den Schnitten</translation>
    </message>
    <message>
        <source>Closest fret spacing %1 leaves %2 between kerfs</source>
        <translation>Kleinster Bundabstand %1 lässt %2 zwischen den Schnitten</translation>
    </message>
    <message>
        <source>Kerf %1 is too close to the plate %2: the plate binds in its own kerf</source>
        <translation>Schnittbreite %1 ist zu nah am Stammblatt %2: das Stammblatt klemmt im eigenen Schnitt</translation>
    </message>
    <message>
        <source>Kerf %1 clears the plate %2</source>
        <translation>Schnittbreite %1 gibt dem Stammblatt %2 Freiraum</translation>
    </message>
    <message>
        <source>No stock given</source>
        <translation>Kein Rohteil angegeben</translation>
    </message>
    <message>
        <source>Depth %1 is deeper than the %2 stock: the blade cuts into the spoilboard</source>
        <translation>Tiefe %1 ist tiefer als das Rohteil mit %2: das Sägeblatt schneidet in die Opferplatte</translation>
    </message>
    <message>
        <source>Depth %1 within the %2 stock</source>
        <translation>Tiefe %1 innerhalb des Rohteils mit %2</translation>
    </message>
    <message>
        <source>Cannot check: %1</source>
        <translation>Nicht prüfbar: %1</translation>
    </message>
    <message>
        <source>Calculator failed (%1); treated as unknown</source>
        <translation>Rechner fehlgeschlagen (%1); als UNKNOWN behandelt</translation>
    </message>
    <message>
        <source>Cannot judge this job, so it is treated as unsafe: %1</source>
        <translation>Dieser Auftrag kann nicht beurteilt werden und gilt daher als unsicher: %1</translation>
    </message>
    <message>
        <source>evaluation failed: %1</source>
        <translation>Bewertung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>client-supplied feasibility was ignored; the app computed its own</source>
        <translation>die mitgelieferte Machbarkeit wurde ignoriert; die App hat ihre eigene berechnet</translation>
    </message>
    <message>
        <source>the request is not a JSON object</source>
        <translation>die Anfrage ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the cut geometry could not be planned</source>
        <translation>die Schnittgeometrie konnte nicht geplant werden</translation>
    </message>
    <message>
        <source>router tools are not supported yet (%1); only saw blades</source>
        <translation>Fräswerkzeuge werden noch nicht unterstützt (%1); nur Sägeblätter</translation>
    </message>
    <message>
        <source>unknown blade %1 (not in the catalog)</source>
        <translation>unbekanntes Sägeblatt %1 (nicht im Katalog)</translation>
    </message>
    <message>
        <source>unknown material %1 (not in the catalog)</source>
        <translation>unbekanntes Material %1 (nicht im Katalog)</translation>
    </message>
    <message>
        <source>unknown machine profile %1 (not in the catalog)</source>
        <translation>unbekanntes Maschinenprofil %1 (nicht im Katalog)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>field required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>must be ≤ %1</source>
        <translation>muss ≤ %1 sein</translation>
    </message>
    <message>
        <source>must be &lt; %1</source>
        <translation>muss &lt; %1 sein</translation>
    </message>
    <message>
        <source>must be &gt; %1</source>
        <translation>muss &gt; %1 sein</translation>
    </message>
    <message>
        <source>must be ≥ %1</source>
        <translation>muss ≥ %1 sein</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be valid Unicode text</source>
        <translation>muss gültiger Unicode-Text sein</translation>
    </message>
    <message>
        <source>must not contain NUL characters</source>
        <translation>darf keine NUL-Zeichen enthalten</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>may only contain letters, digits and _ . : -</source>
        <translation>darf nur Buchstaben, Ziffern und _ . : - enthalten</translation>
    </message>
    <message>
        <source>kind must be one of %1</source>
        <translation>kind muss eines von %1 sein</translation>
    </message>
    <message>
        <source>kind required (one of %1)</source>
        <translation>kind erforderlich (eines von %1)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
    <message>
        <source>the line has zero length (start and end are the same point)</source>
        <translation>die Linie hat die Länge null (Anfang und Ende sind derselbe Punkt)</translation>
    </message>
    <message>
        <source>%1 passes × %2 cuts = %3 cut passes, more than the %4 this app plans; use a larger stepdown</source>
        <translation>%1 Durchgänge × %2 Schnitte = %3 Schnittdurchgänge, mehr als die %4, die diese App plant; größere Zustellung wählen</translation>
    </message>
    <message>
        <source>the request must be a JSON object, not %1</source>
        <translation>die Anfrage muss ein JSON-Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>the request could not be read: %1</source>
        <translation>die Anfrage konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the request is invalid</source>
        <translation>die Anfrage ist ungültig</translation>
    </message>
    <message>
        <source>enter a value</source>
        <translation>Wert eingeben</translation>
    </message>
    <message>
        <source>too long for a number (at most %1 characters)</source>
        <translation>zu lang für eine Zahl (höchstens %1 Zeichen)</translation>
    </message>
    <message>
        <source>%1 has more than one decimal mark; type one, e.g. 1234.5 or 1234,5</source>
        <translation>%1 hat mehr als ein Dezimalzeichen; nur eines eingeben, z. B. 1234,5 oder 1234.5</translation>
    </message>
    <message>
        <source>%1 has more than one decimal mark</source>
        <translation>%1 hat mehr als ein Dezimalzeichen</translation>
    </message>
    <message>
        <source>%1 is not a number; type e.g. 12.5, 1/32, 3 1/2 or 1-1/2&quot;</source>
        <translation>%1 ist keine Zahl; z. B. 12,5, 1/32, 3 1/2 oder 1-1/2&quot; eingeben</translation>
    </message>
    <message>
        <source>%1 is not a number; type e.g. 12.5 or 1/2</source>
        <translation>%1 ist keine Zahl; z. B. 12,5 oder 1/2 eingeben</translation>
    </message>
    <message>
        <source>%1 is not a number; type e.g. 0.005 or 1/256</source>
        <translation>%1 ist keine Zahl; z. B. 0,005 oder 1/256 eingeben</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is not a unit of length; use mm or in</source>
        <translation>%1 ist keine Längeneinheit; mm oder in verwenden</translation>
    </message>
    <message>
        <source>%1 is not a unit of feed; use mm/min or in/min</source>
        <translation>%1 ist keine Vorschubeinheit; mm/min oder in/min verwenden</translation>
    </message>
    <message>
        <source>%1 is not a unit of rpm; use rpm</source>
        <translation>%1 ist keine Drehzahleinheit; rpm oder 1/min verwenden</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 ist zu groß</translation>
    </message>
    <message>
        <source>%1 has too many digits</source>
        <translation>%1 hat zu viele Ziffern</translation>
    </message>
    <message>
        <source>%1: a fraction&apos;s denominator must not be 0</source>
        <translation>%1: der Nenner eines Bruchs darf nicht 0 sein</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4</source>
        <translation>%1 ist kein gültiges JSON: %2 in Zeile %3, Spalte %4</translation>
    </message>
    <message>
        <source>%1 is ambiguous: %2 is given twice; give each key once</source>
        <translation>%1 ist mehrdeutig: %2 steht zweimal darin; jeden Schlüssel nur einmal angeben</translation>
    </message>
    <message>
        <source>%1 is nested too deeply to read</source>
        <translation>%1 ist zu tief verschachtelt zum Lesen</translation>
    </message>
    <message>
        <source>%1 is not a usable job: a number has too many digits</source>
        <translation>%1 ist kein verwendbarer Auftrag: eine Zahl hat zu viele Ziffern</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a job file</source>
        <translation>%1 ist ein Ordner, keine Auftragsdatei</translation>
    </message>
    <message>
        <source>%1 is %2, not a job file (a job file must be a regular file)</source>
        <translation>%1 ist %2, keine Auftragsdatei (eine Auftragsdatei muss eine normale Datei sein)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, the most a job file may be</source>
        <translation>%1 ist größer als %2 Byte, die Höchstgröße einer Auftragsdatei</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (byte %2)</source>
        <translation>%1 ist kein UTF-8-Text (Byte %2)</translation>
    </message>
    <message>
        <source>%1 does not hold a job (a JSON object).</source>
        <translation>%1 enthält keinen Auftrag (ein JSON-Objekt).</translation>
    </message>
    <message>
        <source>%1 %2 for this blade</source>
        <translation>%1 %2 für dieses Sägeblatt</translation>
    </message>
    <message>
        <source>%1 %2 for this machine</source>
        <translation>%1 %2 für diese Maschine</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>needed for %1</source>
        <translation>nötig für %1</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Read it from the archive</source>
        <translation>Aus dem Archiv lesen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a run to see its decision, request, hashes and records.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Einen Lauf wählen, um Entscheidung, Anforderung, Prüfsummen und Einträge zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Archived run&lt;/h2&gt;&lt;p&gt;This run was moved into the archive &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Reading it opens the archive file and checks it against its manifest.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Archivierter Lauf&lt;/h2&gt;&lt;p&gt;Dieser Lauf wurde in das Archiv &lt;b&gt;%1&lt;/b&gt; verschoben.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Beim Lesen wird die Archivdatei geöffnet und gegen ihr Manifest geprüft.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;File missing&lt;/h2&gt;&lt;p&gt;%1 is no longer in the runs folder and no archive record names it. Run &lt;tt&gt;rmos audit verify&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Datei fehlt&lt;/h2&gt;&lt;p&gt;%1 ist nicht mehr im Laufordner, und kein Archiveintrag nennt sie. &lt;tt&gt;rmos audit verify&lt;/tt&gt; ausführen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Cannot read this run&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Dieser Lauf kann nicht gelesen werden&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to USB</source>
        <translation>Auf USB exportieren</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Writes NAME.nc, NAME.nc.sha256 (check with sha256sum -c), NAME.nc.minisig (the station&apos;s signature: minisign -Vm) and NAME.nc.rmos.json (which run made it, signed). Each file is read back from the device and checked.</source>
        <translation>Schreibt NAME.nc, NAME.nc.sha256 (prüfen mit sha256sum -c), NAME.nc.minisig (die Signatur des Arbeitsplatzes: minisign -Vm) und NAME.nc.rmos.json (welcher Lauf sie erzeugt hat, signiert). Jede Datei wird vom Gerät zurückgelesen und geprüft.</translation>
    </message>
    <message>
        <source>Export and verify</source>
        <translation>Exportieren und prüfen</translation>
    </message>
    <message>
        <source>Safely remove</source>
        <translation>Sicher entfernen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Run %s cannot be exported.</source>
        <translation>Lauf %s kann nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Export run %s (%s, %s), G-code SHA-256 %s, to:</source>
        <translation>Lauf %s (%s, %s), G-Code SHA-256 %s, exportieren nach:</translation>
    </message>
    <message>
        <source>run %s
G-code SHA-256 %s</source>
        <translation>Lauf %s
G-Code SHA-256 %s</translation>
    </message>
    <message>
        <source>removable</source>
        <translation>Wechseldatenträger</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>full</source>
        <translation>voll</translation>
    </message>
    <message>
        <source>cannot use — </source>
        <translation>nicht nutzbar — </translation>
    </message>
    <message>
        <source>Folder: %s</source>
        <translation>Ordner: %s</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%s

Replace it with the run&apos;s G-code?</source>
        <translation>%s

Durch den G-Code des Laufs ersetzen?</translation>
    </message>
    <message>
        <source>Writing and verifying…</source>
        <translation>Schreiben und prüfen…</translation>
    </message>
    <message>
        <source>%1 was already there with the same content; verified sha256 %2</source>
        <translation>%1 war schon mit demselben Inhalt vorhanden; geprüft, sha256 %2</translation>
    </message>
    <message>
        <source>Verified: sha256 %1 read back from %2</source>
        <translation>Geprüft: sha256 %1 von %2 zurückgelesen</translation>
    </message>
    <message>
        <source>; signed by station key %1</source>
        <translation>; signiert mit dem Stationsschlüssel %1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Station (the whole shop&apos;s runs only)</source>
        <translation>Station (nur Läufe der ganzen Werkstatt)</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>Alle Stationen</translation>
    </message>
    <message>
        <source>Tool, or every tool of a family</source>
        <translation>Werkzeug oder alle Werkzeuge einer Familie</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Show only %1 runs (several chips combine; none shows all)</source>
        <translation>Nur %1-Läufe anzeigen (mehrere Chips kombinierbar; keiner zeigt alle)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Search run id, job, order, warnings…</source>
        <translation>Lauf-ID, Auftrag, Bestellung, Warnungen suchen…</translation>
    </message>
    <message>
        <source>Awaiting review first</source>
        <translation>Offene Bewertungen zuerst</translation>
    </message>
    <message>
        <source>Blocked runs nobody has reviewed yet come first</source>
        <translation>Gesperrte Läufe, die noch niemand bewertet hat, kommen zuerst</translation>
    </message>
    <message>
        <source>A whole day on this workstation&apos;s clock</source>
        <translation>Ein ganzer Tag nach der Uhr dieses Arbeitsplatzes</translation>
    </message>
    <message>
        <source>All tools</source>
        <translation>Alle Werkzeuge</translation>
    </message>
    <message>
        <source>All materials</source>
        <translation>Alle Materialien</translation>
    </message>
    <message>
        <source>every %1 tool</source>
        <translation>alle Werkzeuge der Familie %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Nächster Treffer (Enter, F3)</translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Go to line (Ctrl+G)</source>
        <translation>Gehe zu Zeile (Strg+G)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>line %d · %d matches</source>
        <translation>Zeile %d · %d Treffer</translation>
    </message>
    <message>
        <source>no line %d</source>
        <translation>keine Zeile %d</translation>
    </message>
    <message>
        <source>line %d of %d</source>
        <translation>Zeile %d von %d</translation>
    </message>
</context>
<context>
    <name>GcodeLineModel</name>
    <message>
        <source>Line %d: %s</source>
        <translation>Zeile %d: %s</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Unreadable file %1: %2</source>
        <translation>Unlesbare Datei %1: %2</translation>
    </message>
    <message>
        <source>Job / order</source>
        <translation>Auftrag / Bestellung</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Reviewed on %1 and brought home by the shop sync; this workstation&apos;s records are as they were</source>
        <translation>Auf %1 bewertet und von der Shop-Synchronisierung hierher geholt; die Einträge dieses Arbeitsplatzes sind unverändert</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Zeit (lokal)</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Run history — RMOS Desktop</source>
        <translation>Laufverlauf — RMOS Desktop</translation>
    </message>
    <message>
        <source>The run index cannot be opened; see the log.</source>
        <translation>Der Laufindex kann nicht geöffnet werden; siehe Logdatei.</translation>
    </message>
    <message>
        <source>Reading the runs folder…</source>
        <translation>Laufordner wird gelesen…</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Reading the runs folder… %1 of %2</source>
        <translation>Laufordner wird gelesen… %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the runs folder cannot be read; they are listed as UNREADABLE.</source>
        <translation>
            <numerusform>%n Datei im Laufordner kann nicht gelesen werden; sie ist als UNREADABLE aufgeführt.</numerusform>
            <numerusform>%n Dateien im Laufordner können nicht gelesen werden; sie sind als UNREADABLE aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the runs folder: %1</source>
        <translation>Der Laufordner konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The archive cannot be read: %1</source>
        <translation>Das Archiv kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Open the run&apos;s stored G-code file</source>
        <translation>Gespeicherte G-Code-Datei des Laufs öffnen</translation>
    </message>
    <message>
        <source>This run&apos;s G-code is stored inside its record: use Open in preview</source>
        <translation>Der G-Code dieses Laufs steht in seinem Eintrag: „In Vorschau öffnen“ verwenden</translation>
    </message>
    <message>
        <source>Only OK runs can be exported</source>
        <translation>Nur OK-Läufe können exportiert werden</translation>
    </message>
    <message>
        <source>Export run report</source>
        <translation>Laufbericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht geschrieben nach %1</translation>
    </message>
    <message>
        <source>Review recorded for run %1.</source>
        <translation>Bewertung für Lauf %1 aufgezeichnet.</translation>
    </message>
    <message>
        <source>Review of run %1 (of %2) recorded on this workstation; the next sync takes it to the shop server.</source>
        <translation>Bewertung von Lauf %1 (von %2) auf diesem Arbeitsplatz aufgezeichnet; die nächste Synchronisierung bringt sie zum Werkstattserver.</translation>
    </message>
    <message>
        <source>The review was not recorded: %1</source>
        <translation>Die Bewertung wurde nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>(the count is not available)</source>
        <translation>(die Anzahl ist nicht verfügbar)</translation>
    </message>
    <message>
        <source>Only blocked runs nobody has reviewed yet (the whole shop is listed newest first)</source>
        <translation>Nur gesperrte Läufe, die noch niemand bewertet hat (die ganze Werkstatt, neueste zuerst)</translation>
    </message>
    <message>
        <source>Blocked runs nobody has reviewed yet come first</source>
        <translation>Gesperrte Läufe, die noch niemand bewertet hat, kommen zuerst</translation>
    </message>
    <message>
        <source>Asking the shop server…</source>
        <translation>Werkstattserver wird gefragt…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>more than %1 runs listed</source>
        <translation>mehr als %1 Läufe aufgeführt</translation>
    </message>
    <message>
        <source>The shop&apos;s runs cannot be listed: %1</source>
        <translation>Die Läufe der Werkstatt können nicht aufgeführt werden: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reading run %1 of %2 from the shop server…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lauf %1 von %2 wird vom Werkstattserver gelesen…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The shop server no longer lists this run.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Werkstattserver führt diesen Lauf nicht mehr.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Cannot read this run from the shop&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Dieser Lauf kann nicht von der Werkstatt gelesen werden&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>JobForm</name>
    <message>
        <source>Blade, material, machine</source>
        <translation>Sägeblatt, Material, Maschine</translation>
    </message>
    <message>
        <source>Blade</source>
        <translation>Sägeblatt</translation>
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
        <source>Cutting</source>
        <translation>Schneiden</translation>
    </message>
    <message>
        <source>empty: one pass</source>
        <translation>leer: ein Durchgang</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Schnitt</translation>
    </message>
    <message>
        <source>Stock (optional)</source>
        <translation>Rohteil (optional)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>— choose a blade —</source>
        <translation>— Sägeblatt wählen —</translation>
    </message>
    <message>
        <source>— choose a material —</source>
        <translation>— Material wählen —</translation>
    </message>
    <message>
        <source>not in the catalog</source>
        <translation>nicht im Katalog</translation>
    </message>
    <message>
        <source>sent as %s %s</source>
        <translation>gesendet als %s %s</translation>
    </message>
    <message>
        <source>cut.kind %s is not one of line, kerf_array, fret_slots</source>
        <translation>cut.kind %s ist keiner von line, kerf_array, fret_slots</translation>
    </message>
    <message>
        <source>cut: ignored unknown field(s) %s</source>
        <translation>cut: unbekannte(s) Feld(er) %s ignoriert</translation>
    </message>
    <message>
        <source>cut must be an object; it was ignored</source>
        <translation>cut muss ein Objekt sein; es wurde ignoriert</translation>
    </message>
    <message>
        <source>ignored unknown field(s): %s</source>
        <translation>unbekannte(s) Feld(er) ignoriert: %s</translation>
    </message>
    <message>
        <source>the file&apos;s own feasibility was ignored; the app computes its own</source>
        <translation>die Machbarkeitsangabe der Datei wurde ignoriert; die App berechnet ihre eigene</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>End X</source>
        <translation>Ende X</translation>
    </message>
    <message>
        <source>End Y</source>
        <translation>Ende Y</translation>
    </message>
    <message>
        <source>blade</source>
        <translation>Sägeblatt</translation>
    </message>
    <message>
        <source>material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <source>spindle rpm</source>
        <translation>Spindeldrehzahl</translation>
    </message>
    <message>
        <source>feed</source>
        <translation>Vorschub</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>start X</source>
        <translation>Anfang X</translation>
    </message>
    <message>
        <source>start Y</source>
        <translation>Anfang Y</translation>
    </message>
    <message>
        <source>end X</source>
        <translation>Ende X</translation>
    </message>
    <message>
        <source>end Y</source>
        <translation>Ende Y</translation>
    </message>
    <message>
        <source>kerf length</source>
        <translation>Fugenlänge</translation>
    </message>
    <message>
        <source>pitch</source>
        <translation>Teilung</translation>
    </message>
    <message>
        <source>number of kerfs</source>
        <translation>Anzahl Fugen</translation>
    </message>
    <message>
        <source>scale length</source>
        <translation>Mensur</translation>
    </message>
    <message>
        <source>frets</source>
        <translation>Bünde</translation>
    </message>
    <message>
        <source>slot length</source>
        <translation>Schlitzlänge</translation>
    </message>
    <message>
        <source>stock length</source>
        <translation>Rohteillänge</translation>
    </message>
    <message>
        <source>stock width</source>
        <translation>Rohteilbreite</translation>
    </message>
    <message>
        <source>stock thickness</source>
        <translation>Rohteildicke</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Vorschub</translation>
    </message>
    <message>
        <source>Fret slots</source>
        <translation>Bundschlitze</translation>
    </message>
    <message>
        <source>Frets</source>
        <translation>Bünde</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Auftragsname</translation>
    </message>
    <message>
        <source>Kerf array</source>
        <translation>Fugenreihe</translation>
    </message>
    <message>
        <source>Kerf length</source>
        <translation>Fugenlänge</translation>
    </message>
    <message>
        <source>Length (X)</source>
        <translation>Länge (X)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Number of kerfs</source>
        <translation>Anzahl Fugen</translation>
    </message>
    <message>
        <source>Nut at Y</source>
        <translation>Sattel bei Y</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Pitch (+Y)</source>
        <translation>Teilung (+Y)</translation>
    </message>
    <message>
        <source>Scale length</source>
        <translation>Mensur</translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation>Schlitzlänge</translation>
    </message>
    <message>
        <source>Slot start X</source>
        <translation>Schlitzbeginn X</translation>
    </message>
    <message>
        <source>Spindle</source>
        <translation>Spindel</translation>
    </message>
    <message>
        <source>Start X</source>
        <translation>Anfang X</translation>
    </message>
    <message>
        <source>Start Y</source>
        <translation>Anfang Y</translation>
    </message>
    <message>
        <source>Stepdown</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>Dicke</translation>
    </message>
    <message>
        <source>Width (Y)</source>
        <translation>Breite (Y)</translation>
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
        <translation>U/min</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <source>%1&apos;s lease ran out at %2 (stale: can be claimed)</source>
        <translation>Reservierung von %1 um %2 abgelaufen (verwaist: kann übernommen werden)</translation>
    </message>
    <message>
        <source>Running here since %1 (lease)</source>
        <translation>Läuft hier seit %1 (Reservierung)</translation>
    </message>
    <message>
        <source>Running on %1 since %2 (lease)</source>
        <translation>Läuft auf %1 seit %2 (Reservierung)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Done / total</source>
        <translation>Fertig / gesamt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Lease until %1 (renewed every 2 minutes while the holder works)</source>
        <translation>Reserviert bis %1 (alle 2 Minuten erneuert, solange der Inhaber arbeitet)</translation>
    </message>
    <message>
        <source>job id %1</source>
        <translation>Auftrags-ID %1</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Job orders · this station: %1</source>
        <translation>Bestellungen · diese Station: %1</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Take this order for this station (a lease, renewed while you work)</source>
        <translation>Diese Bestellung für diese Station übernehmen (eine Reservierung, erneuert, solange Sie arbeiten)</translation>
    </message>
    <message>
        <source>Open job in form</source>
        <translation>Auftrag im Formular öffnen</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Zurückgeben</translation>
    </message>
    <message>
        <source>Hand the order back so another station can claim it</source>
        <translation>Bestellung zurückgeben, damit eine andere Station sie übernehmen kann</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Abschließen…</translation>
    </message>
    <message>
        <source>Report how many pieces were made; the claim is handed back</source>
        <translation>Melden, wie viele Teile gefertigt wurden; die Übernahme wird zurückgegeben</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Unexpected error (see the log): %1</source>
        <translation>Unerwarteter Fehler (siehe Logdatei): %1</translation>
    </message>
    <message>
        <source>Order %1 is now held by this station.</source>
        <translation>Bestellung %1 ist jetzt dieser Station zugeordnet.</translation>
    </message>
    <message>
        <source>Order %1 is held by this station until %2 (lease, renewed while working)</source>
        <translation>Bestellung %1 ist dieser Station bis %2 zugeordnet (Reservierung, erneuert, solange gearbeitet wird)</translation>
    </message>
    <message>
        <source>Order %1 is claimed by %2 since %3</source>
        <translation>Bestellung %1 ist seit %3 von %2 übernommen</translation>
    </message>
    <message>
        <source>Order %1 was handed back.</source>
        <translation>Bestellung %1 wurde zurückgegeben.</translation>
    </message>
    <message>
        <source>Complete order %1</source>
        <translation>Bestellung %1 abschließen</translation>
    </message>
    <message>
        <source>Pieces made (%1 still to make):</source>
        <translation>Gefertigte Teile (noch %1 zu fertigen):</translation>
    </message>
    <message>
        <source>Order %1: %2 of %3 made; %4.</source>
        <translation>Bestellung %1: %2 von %3 gefertigt; %4.</translation>
    </message>
    <message>
        <source>Claim lost: %1</source>
        <translation>Übernahme verloren: %1</translation>
    </message>
</context>
<context>
    <name>LegendOverlay</name>
    <message>
        <source>Fold or unfold the legend</source>
        <translation>Legende ein- oder ausklappen</translation>
    </message>
    <message>
        <source>Legend ◂</source>
        <translation>Legende ◂</translation>
    </message>
    <message>
        <source>Legend ▾</source>
        <translation>Legende ▾</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <source>rapid</source>
        <translation>Eilgang</translation>
    </message>
    <message>
        <source>plunge</source>
        <translation>Eintauchen</translation>
    </message>
    <message>
        <source>feed (cut)</source>
        <translation>Vorschub</translation>
    </message>
    <message>
        <source>retract</source>
        <translation>Rückzug</translation>
    </message>
    <message>
        <source>Seen from above, a %s is a point: drawn as this marker</source>
        <translation>Von oben gesehen ist ein %s ein Punkt: als diese Markierung gezeichnet</translation>
    </message>
    <message>
        <source>kerf at the top surface</source>
        <translation>Fuge an der Oberseite</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>Rohteil</translation>
    </message>
    <message>
        <source>machine travel</source>
        <translation>Maschinen-Verfahrweg</translation>
    </message>
    <message>
        <source>outside the travel</source>
        <translation>außerhalb Verfahrweg</translation>
    </message>
    <message>
        <source>blade at the first cut</source>
        <translation>Blatt, erster Schnitt</translation>
    </message>
    <message>
        <source>kerf overrun at Z 0</source>
        <translation>Fugenüberlauf bei Z 0</translation>
    </message>
    <message>
        <source>selected line</source>
        <translation>gewählte Zeile</translation>
    </message>
    <message>
        <source>position</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Copied: %s</source>
        <translation>Kopiert: %s</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Catalog file left out: %s</source>
        <translation>Katalogdatei ausgelassen: %s</translation>
    </message>
    <message>
        <source>Runs cannot be recorded: %s. Nothing can be generated until this is fixed: choose a writable runs directory in Tools ▸ Settings, or ask IT to give this account write access.</source>
        <translation>Läufe können nicht aufgezeichnet werden: %s. Bis das behoben ist, kann nichts erzeugt werden: unter Extras ▸ Einstellungen einen beschreibbaren Laufordner wählen oder die IT um Schreibrechte für dieses Konto bitten.</translation>
    </message>
    <message>
        <source>Not ready to generate. Still empty: %s.</source>
        <translation>Nicht bereit zum Erzeugen. Noch leer: %s.</translation>
    </message>
    <message>
        <source>Generate: fix the marked fields</source>
        <translation>Erzeugen: markierte Felder korrigieren</translation>
    </message>
    <message>
        <source>Record blocked attempt  (Ctrl+Enter)</source>
        <translation>Gesperrten Versuch aufzeichnen  (Strg+Enter)</translation>
    </message>
    <message>
        <source>Acknowledge and generate…  (Ctrl+Enter)</source>
        <translation>Bestätigen und erzeugen…  (Strg+Enter)</translation>
    </message>
    <message>
        <source>Generate  (Ctrl+Enter)</source>
        <translation>Erzeugen  (Strg+Enter)</translation>
    </message>
    <message>
        <source>RED or UNKNOWN: the attempt is recorded as BLOCKED for supervisor review; no G-code is made.</source>
        <translation>RED oder UNKNOWN: der Versuch wird als BLOCKED zur Bewertung durch den Schichtleiter aufgezeichnet; es wird kein G-Code erzeugt.</translation>
    </message>
    <message>
        <source>Judge and generate; every attempt is recorded</source>
        <translation>Beurteilen und erzeugen; jeder Versuch wird aufgezeichnet</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>RMOS Desktop — job: %1 (order %2)</source>
        <translation>RMOS Desktop — Auftrag: %1 (Bestellung %2)</translation>
    </message>
    <message>
        <source>RMOS Desktop — job: %1</source>
        <translation>RMOS Desktop — Auftrag: %1</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Wird erzeugt…</translation>
    </message>
    <message>
        <source>No G-code: the last attempt did not produce any.</source>
        <translation>Kein G-Code: der letzte Versuch hat keinen erzeugt.</translation>
    </message>
    <message>
        <source>Open G-code for preview</source>
        <translation>G-Code zur Vorschau öffnen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&amp;About RMOS Desktop</source>
        <translation>&amp;Über RMOS Desktop</translation>
    </message>
    <message>
        <source>&amp;Audit records…</source>
        <translation>Einträge &amp;prüfen…</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Dunkles Design</translation>
    </message>
    <message>
        <source>&amp;Export to USB…</source>
        <translation>Auf &amp;USB exportieren…</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>&amp;New job</source>
        <translation>&amp;Neuer Auftrag</translation>
    </message>
    <message>
        <source>&amp;Open job…</source>
        <translation>Auftrag ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Save job as…</source>
        <translation>Auftrag speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>&amp;Verify G-code file…</source>
        <translation>G-&amp;Code-Datei prüfen…</translation>
    </message>
    <message>
        <source>Job &amp;form</source>
        <translation>Auftrags&amp;formular</translation>
    </message>
    <message>
        <source>Open &amp;G-code for preview…</source>
        <translation>&amp;G-Code zur Vorschau öffnen…</translation>
    </message>
    <message>
        <source>Run &amp;history…</source>
        <translation>Lauf&amp;verlauf…</translation>
    </message>
    <message>
        <source>Read any G-code file into the preview (read-only; lines it cannot read are listed)</source>
        <translation>Beliebige G-Code-Datei in der Vorschau öffnen (nur lesen; unlesbare Zeilen werden aufgelistet)</translation>
    </message>
    <message>
        <source>Export the last OK run&apos;s G-code, verified by reading it back (Ctrl+E)</source>
        <translation>G-Code des letzten OK-Laufs exportieren, durch Zurücklesen geprüft (Strg+E)</translation>
    </message>
    <message>
        <source>Show or hide the job form (Ctrl+J)</source>
        <translation>Auftragsformular ein- oder ausblenden (Strg+J)</translation>
    </message>
    <message>
        <source>Did this file come from a run here? (or drop a file here)</source>
        <translation>Stammt diese Datei von einem Lauf hier? (oder Datei hier ablegen)</translation>
    </message>
    <message>
        <source>Every recorded run: find a job, review blocked runs, compare, export, report (Ctrl+H)</source>
        <translation>Alle aufgezeichneten Läufe: Auftrag finden, gesperrte Läufe bewerten, vergleichen, exportieren, Bericht (Strg+H)</translation>
    </message>
    <message>
        <source>Check every record and the ledger chain for changes (detects tampering, does not prevent it)</source>
        <translation>Jeden Eintrag und die Protokollkette auf Änderungen prüfen (erkennt Manipulation, verhindert sie nicht)</translation>
    </message>
    <message>
        <source>Generated and recorded as run %s. G-code SHA-256 %s</source>
        <translation>Erzeugt und als Lauf %s aufgezeichnet. G-Code SHA-256 %s</translation>
    </message>
    <message>
        <source>G-code SHA-256 %s</source>
        <translation>G-Code SHA-256 %s</translation>
    </message>
    <message>
        <source>OK: run %s recorded</source>
        <translation>OK: Lauf %s aufgezeichnet</translation>
    </message>
    <message>
        <source>BLOCKED: %s
Recorded as run %s for supervisor review. No G-code was produced.</source>
        <translation>BLOCKED: %s
Als Lauf %s zur Bewertung durch den Schichtleiter aufgezeichnet. Es wurde kein G-Code erzeugt.</translation>
    </message>
    <message>
        <source>BLOCKED: run %s recorded</source>
        <translation>BLOCKED: Lauf %s aufgezeichnet</translation>
    </message>
    <message>
        <source>%s: nothing was released</source>
        <translation>%s: nichts wurde freigegeben</translation>
    </message>
    <message>
        <source>Not generated and nothing recorded: fix %s first (marked in red).</source>
        <translation>Nicht erzeugt, nichts aufgezeichnet: zuerst %s korrigieren (rot markiert).</translation>
    </message>
    <message>
        <source>Not generated: the warnings were not acknowledged.</source>
        <translation>Nicht erzeugt: die Warnungen wurden nicht bestätigt.</translation>
    </message>
    <message>
        <source>Not recorded again: the same job was recorded a few seconds ago.</source>
        <translation>Nicht erneut aufgezeichnet: derselbe Auftrag wurde vor wenigen Sekunden aufgezeichnet.</translation>
    </message>
    <message>
        <source>A generation is already running.</source>
        <translation>Eine Erzeugung läuft bereits.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Recent jobs</source>
        <translation>&amp;Zuletzt verwendete Aufträge</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Auftrag</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>run %s could not be read</source>
        <translation>Lauf %s konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>OperatorPrompt</name>
    <message>
        <source>Who is at the saw?</source>
        <translation>Wer steht an der Säge?</translation>
    </message>
    <message>
        <source>Every run records its operator. Pick your name or type it (you can change it from the toolbar).</source>
        <translation>Jeder Lauf zeichnet seinen Bediener auf. Namen wählen oder eingeben (in der Werkzeugleiste änderbar).</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>That&apos;s me</source>
        <translation>Das bin ich</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>PositionsTable</name>
    <message>
        <source>cut</source>
        <translation>Schnitt</translation>
    </message>
    <message>
        <source>kerf at the surface</source>
        <translation>Schnittfuge an der Oberfläche</translation>
    </message>
    <message>
        <source>blade centre</source>
        <translation>Sägeblattmitte</translation>
    </message>
    <message>
        <source>X from (in)</source>
        <translation>X von (in)</translation>
    </message>
    <message>
        <source>X to (in)</source>
        <translation>X bis (in)</translation>
    </message>
    <message>
        <source>Y (in)</source>
        <translation>Y (in)</translation>
    </message>
    <message>
        <source>from the nut (in)</source>
        <translation>ab Sattel (in)</translation>
    </message>
    <message>
        <source>X from (mm)</source>
        <translation>X von (mm)</translation>
    </message>
    <message>
        <source>X to (mm)</source>
        <translation>X bis (mm)</translation>
    </message>
    <message>
        <source>Y (mm)</source>
        <translation>Y (mm)</translation>
    </message>
    <message>
        <source>from the nut (mm)</source>
        <translation>ab Sattel (mm)</translation>
    </message>
    <message>
        <source>G-code line</source>
        <translation>G-Code-Zeile</translation>
    </message>
</context>
<context>
    <name>PreviewHeader</name>
    <message>
        <source>reading %p%</source>
        <translation>Lesen %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PreviewLoading</name>
    <message>
        <source>Run %s</source>
        <translation>Lauf %s</translation>
    </message>
    <message>
        <source>Run %s is %s: no G-code was produced.</source>
        <translation>Lauf %s ist %s: es wurde kein G-Code erzeugt.</translation>
    </message>
    <message>
        <source>G-code matches the run&apos;s recorded SHA-256</source>
        <translation>G-Code passt zur aufgezeichneten SHA-256 des Laufs</translation>
    </message>
    <message>
        <source>G-code does NOT match the run&apos;s recorded SHA-256: changed after the run; readouts from this G-code</source>
        <translation>G-Code passt NICHT zur aufgezeichneten SHA-256 des Laufs: nach dem Lauf geändert; Anzeigen aus diesem G-Code</translation>
    </message>
    <message>
        <source>%s (just generated)</source>
        <translation>%s (gerade erzeugt)</translation>
    </message>
    <message>
        <source>the file is not UTF-8; it was read as Latin-1</source>
        <translation>die Datei ist kein UTF-8; sie wurde als Latin-1 gelesen</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>Top X–Y</source>
        <translation>Oben X–Y</translation>
    </message>
    <message>
        <source>Side X–Z</source>
        <translation>Seite X–Z</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Fit job</source>
        <translation>Zoom Auftrag</translation>
    </message>
    <message>
        <source>Zoom to the toolpath and stock (wheel zooms, drag pans)</source>
        <translation>Auf Werkzeugweg und Rohteil zoomen (Mausrad zoomt, Ziehen verschiebt)</translation>
    </message>
    <message>
        <source>Fit machine</source>
        <translation>Zoom Maschine</translation>
    </message>
    <message>
        <source>Zoom out to the machine&apos;s whole travel</source>
        <translation>Auf den ganzen Verfahrweg der Maschine zoomen</translation>
    </message>
    <message>
        <source>Run %s (just generated)</source>
        <translation>Lauf %s (gerade erzeugt)</translation>
    </message>
    <message>
        <source>Run %s</source>
        <translation>Lauf %s</translation>
    </message>
    <message>
        <source>Loading %s…</source>
        <translation>%s wird geladen…</translation>
    </message>
    <message>
        <source>Could not show %s: %s</source>
        <translation>%s konnte nicht angezeigt werden: %s</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <source>Generate a job, or open a run or a G-code file, to preview it.</source>
        <translation>Einen Auftrag erzeugen oder einen Lauf bzw. eine G-Code-Datei öffnen, um die Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>Assumed at X 0, Y 0, top surface at Z 0</source>
        <translation>Angenommen bei X 0, Y 0, Oberfläche bei Z 0</translation>
    </message>
    <message>
        <source>Click a G-code line or a move in the plot, or step with ◀ ▶.</source>
        <translation>Eine G-Code-Zeile oder eine Bewegung im Plot anklicken oder mit ◀ ▶ schrittweise gehen.</translation>
    </message>
    <message>
        <source>The blade (its disc seen from the side) at the start and end of the first cut, line %d; the kerf reaches %.1f mm beyond the blade centre&apos;s travel at the top surface</source>
        <translation>Das Sägeblatt (seine Scheibe von der Seite) an Anfang und Ende des ersten Schnitts, Zeile %d; die Schnittfuge reicht an der Oberfläche %.1f mm über den Weg der Sägeblattmitte hinaus</translation>
    </message>
    <message>
        <source>line %d: no motion</source>
        <translation>Zeile %d: keine Bewegung</translation>
    </message>
    <message>
        <source> (%d moves)</source>
        <translation> (%d Bewegungen)</translation>
    </message>
    <message>
        <source>move %s of %s · line %d · %s%s → X %s Y %s Z %s</source>
        <translation>Bewegung %s von %s · Zeile %d · %s%s → X %s Y %s Z %s</translation>
    </message>
    <message>
        <source>The G-code is in millimetres (G21) whatever units the readouts use.</source>
        <translation>Der G-Code ist in Millimetern (G21), gleich in welcher Einheit die Anzeigen sind.</translation>
    </message>
    <message>
        <source>%s showing %s of %s segments</source>
        <translation>%s zeigt %s von %s Segmenten</translation>
    </message>
    <message>
        <source>kerf footprint showing %s of %s cutting moves</source>
        <translation>Schnittfugenspur zeigt %s von %s Schnittbewegungen</translation>
    </message>
    <message>
        <source>outside-travel marks on %s of %s moves</source>
        <translation>Markierungen außerhalb des Verfahrwegs an %s von %s Bewegungen</translation>
    </message>
    <message>
        <source>Thinned for drawing only, every move is checked: %s</source>
        <translation>Nur zum Zeichnen ausgedünnt, jede Bewegung wird geprüft: %s</translation>
    </message>
    <message>
        <source>All %s moves drawn.</source>
        <translation>Alle %s Bewegungen gezeichnet.</translation>
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
        <translation>keine Bewegungen</translation>
    </message>
    <message>
        <source>feed %s in · rapid %s in</source>
        <translation>Vorschub %s in · Eilgang %s in</translation>
    </message>
    <message>
        <source>feed %s mm · rapid %s mm</source>
        <translation>Vorschub %s mm · Eilgang %s mm</translation>
    </message>
    <message>
        <source>%d cuts × %d passes</source>
        <translation>%d Schnitte × %d Durchgänge</translation>
    </message>
    <message>
        <source>%s cutting moves</source>
        <translation>%s Schnittbewegungen</translation>
    </message>
    <message>
        <source>est. %s</source>
        <translation>ca. %s</translation>
    </message>
    <message>
        <source>Estimated run time, %s s (acceleration included, spin-up dwell included)</source>
        <translation>Geschätzte Laufzeit, %s s (inkl. Beschleunigung, inkl. Verweilzeit zum Hochlaufen)</translation>
    </message>
    <message>
        <source>✔ inside the machine&apos;s travel</source>
        <translation>✔ innerhalb des Verfahrwegs der Maschine</translation>
    </message>
    <message>
        <source>✖ OUTSIDE the machine&apos;s travel: %s moves, first at line %d</source>
        <translation>✖ AUSSERHALB des Verfahrwegs der Maschine: %s Bewegungen, erste in Zeile %d</translation>
    </message>
    <message>
        <source>? travel not checked (no machine profile)</source>
        <translation>? Verfahrweg nicht geprüft (kein Maschinenprofil)</translation>
    </message>
    <message>
        <source>from the run&apos;s record</source>
        <translation>aus dem Eintrag des Laufs</translation>
    </message>
    <message>
        <source>computed from the moves</source>
        <translation>aus den Bewegungen berechnet</translation>
    </message>
    <message>
        <source>computed from the moves of this G-code, which does not match the run&apos;s record</source>
        <translation>aus den Bewegungen dieses G-Codes berechnet, der nicht zum Eintrag des Laufs passt</translation>
    </message>
    <message>
        <source>the G-code itself is in millimetres (G21)</source>
        <translation>der G-Code selbst ist in Millimetern (G21)</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>%s lines were not understood (marked ! in the text); the plot leaves out what they mean.</source>
        <translation>%s Zeilen wurden nicht verstanden (im Text mit ! markiert); der Plot lässt aus, was sie bedeuten.</translation>
    </message>
    <message>
        <source>The first %d are listed.</source>
        <translation>Die ersten %d sind aufgelistet.</translation>
    </message>
    <message>
        <source>line %d: %s — %s</source>
        <translation>Zeile %d: %s — %s</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>YELLOW: acknowledge the warnings</source>
        <translation>YELLOW: Warnungen bestätigen</translation>
    </message>
    <message>
        <source>This job is YELLOW. Read the warnings before generating:</source>
        <translation>Dieser Auftrag ist YELLOW. Vor dem Erzeugen die Warnungen lesen:</translation>
    </message>
    <message>
        <source>Acknowledge and generate</source>
        <translation>Bestätigen und erzeugen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Record the same job again?</source>
        <translation>Denselben Auftrag erneut aufzeichnen?</translation>
    </message>
    <message>
        <source>This exact job was recorded a few seconds ago. Every Generate is recorded as a run; record another?</source>
        <translation>Genau dieser Auftrag wurde vor wenigen Sekunden aufgezeichnet. Jedes Erzeugen wird als Lauf aufgezeichnet; einen weiteren aufzeichnen?</translation>
    </message>
    <message>
        <source>Record another run</source>
        <translation>Weiteren Lauf aufzeichnen</translation>
    </message>
    <message>
        <source>Don&apos;t record</source>
        <translation>Nicht aufzeichnen</translation>
    </message>
    <message>
        <source>Discard the typed job?</source>
        <translation>Eingegebenen Auftrag verwerfen?</translation>
    </message>
    <message>
        <source>The form has edits that are not saved. Start a new job anyway?</source>
        <translation>Das Formular hat ungespeicherte Änderungen. Trotzdem einen neuen Auftrag beginnen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review run %1</source>
        <translation>Lauf %1 bewerten</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>The review is kept as its own record next to the run; the run&apos;s record is never changed.</source>
        <translation>Die Bewertung wird als eigener Eintrag neben dem Lauf gespeichert; der Eintrag des Laufs wird nie geändert.</translation>
    </message>
    <message>
        <source>Record review</source>
        <translation>Bewertung aufzeichnen</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>What you found and what happens next (optional)</source>
        <translation>Was Sie gefunden haben und wie es weitergeht (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Enter the reviewer&apos;s name.</source>
        <translation>Namen des Bewerters eingeben.</translation>
    </message>
    <message>
        <source>The note is longer than 2000 characters.</source>
        <translation>Die Notiz ist länger als 2000 Zeichen.</translation>
    </message>
</context>
<context>
    <name>RiskBadge</name>
    <message>
        <source>Risk level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>score %s</source>
        <translation>Punktzahl %s</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
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
        <source>Power is an estimate (constant kc). Bands are good practice; RED rows are hard gates.</source>
        <translation>Leistung ist eine Schätzung (konstantes kc). Bereiche sind gute Praxis; RED-Zeilen sind harte Sperren.</translation>
    </message>
    <message>
        <source>Warnings: </source>
        <translation>Warnungen: </translation>
    </message>
    <message>
        <source>Would be BLOCKED: %s</source>
        <translation>Wäre BLOCKED: %s</translation>
    </message>
    <message numerus="yes">
        <source>YELLOW: generating asks you to acknowledge %n warning(s).</source>
        <translation>
            <numerusform>YELLOW: Erzeugen verlangt die Bestätigung von %n Warnung.</numerusform>
            <numerusform>YELLOW: Erzeugen verlangt die Bestätigung von %n Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%d checks GREEN</source>
        <translation>%d Prüfungen GREEN</translation>
    </message>
    <message>
        <source>%d check GREEN</source>
        <translation>%d Prüfung GREEN</translation>
    </message>
    <message>
        <source>%d n/a</source>
        <translation>%d n. a.</translation>
    </message>
    <message>
        <source>Show or hide the checks that passed</source>
        <translation>Bestandene Prüfungen ein- oder ausblenden</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n. a.</translation>
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
    <name>RunStrip</name>
    <message>
        <source>Copy id</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Details ▸</source>
        <translation>Details ▸</translation>
    </message>
    <message>
        <source>Export to USB…  (Ctrl+E)</source>
        <translation>Auf USB exportieren…  (Strg+E)</translation>
    </message>
    <message>
        <source>Show preview ▴</source>
        <translation>Vorschau zeigen ▴</translation>
    </message>
    <message>
        <source>The preview is folded while the job is edited; show it again</source>
        <translation>Die Vorschau ist eingeklappt, solange der Auftrag bearbeitet wird; wieder zeigen</translation>
    </message>
    <message>
        <source>Copy hash</source>
        <translation>Prüfsumme kopieren</translation>
    </message>
    <message>
        <source>Open artifact folder</source>
        <translation>Artefaktordner öffnen</translation>
    </message>
    <message>
        <source>Run id</source>
        <translation>Lauf-ID</translation>
    </message>
    <message>
        <source>G-code SHA-256</source>
        <translation>G-Code SHA-256</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Noch kein Lauf</translation>
    </message>
    <message>
        <source>Run %s</source>
        <translation>Lauf %s</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>checking the records…</source>
        <translation>Einträge werden geprüft…</translation>
    </message>
    <message>
        <source>same bytes as run %s</source>
        <translation>gleiche Bytes wie Lauf %s</translation>
    </message>
    <message>
        <source>not recorded here</source>
        <translation>hier nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>job changed since this run</source>
        <translation>Auftrag seit diesem Lauf geändert</translation>
    </message>
    <message>
        <source>Recorded %s</source>
        <translation>Aufgezeichnet %s</translation>
    </message>
    <message>
        <source>Details ▾</source>
        <translation>Details ▾</translation>
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
    <name>ShopIntegration</name>
    <message>
        <source>Not generated under job order %1: the form is not a complete job (%2); nothing was generated or recorded.</source>
        <translation>Nicht unter Bestellung %1 erzeugt: das Formular ist kein vollständiger Auftrag (%2); nichts wurde erzeugt oder aufgezeichnet.</translation>
    </message>
    <message>
        <source>Not generated under job order %1: it cannot be checked (%2); nothing was generated or recorded.</source>
        <translation>Nicht unter Bestellung %1 erzeugt: sie kann nicht geprüft werden (%2); nichts wurde erzeugt oder aufgezeichnet.</translation>
    </message>
    <message>
        <source>Not generated: job order %1 is claimed by %2, not held by this station (%3). Claim it again in Job orders; nothing was generated or recorded.</source>
        <translation>Nicht erzeugt: Bestellung %1 ist von %2 übernommen, nicht von dieser Station (%3). Übernehmen Sie sie erneut unter Bestellungen; nichts wurde erzeugt oder aufgezeichnet.</translation>
    </message>
    <message>
        <source>Not generated: job order %1 is no longer claimed (its lease ran out or it was released), not held by this station (%2). Claim it again in Job orders; nothing was generated or recorded.</source>
        <translation>Nicht erzeugt: Bestellung %1 ist nicht mehr übernommen (ihre Reservierung ist abgelaufen oder sie wurde zurückgegeben), nicht von dieser Station (%2). Übernehmen Sie sie erneut unter Bestellungen; nichts wurde erzeugt oder aufgezeichnet.</translation>
    </message>
    <message>
        <source>Not generated: the form is no longer the job of order %1 (its request hash %2… differs from the order&apos;s %3…). Open the order&apos;s job again from Job orders, or start a new job to generate outside the order; nothing was generated or recorded.</source>
        <translation>Nicht erzeugt: das Formular ist nicht mehr der Auftrag der Bestellung %1 (sein Anfrage-Hash %2… weicht von dem der Bestellung, %3…, ab). Öffnen Sie den Auftrag der Bestellung erneut unter Bestellungen oder beginnen Sie einen neuen Auftrag, um außerhalb der Bestellung zu erzeugen; nichts wurde erzeugt oder aufgezeichnet.</translation>
    </message>
    <message>
        <source>Daily checkpoint of ledger line %s signed</source>
        <translation>Täglicher Prüfpunkt der Protokollzeile %s signiert</translation>
    </message>
    <message>
        <source>Daily checkpoint not made: %s (Tools ▸ Audit tells more)</source>
        <translation>Täglicher Prüfpunkt nicht gesetzt: %s (mehr unter Extras ▸ Einträge prüfen)</translation>
    </message>
    <message>
        <source>&amp;Job orders…</source>
        <translation>&amp;Bestellungen…</translation>
    </message>
    <message>
        <source>The shop&apos;s job orders: claim one, open its job, generate under it</source>
        <translation>Die Bestellungen der Werkstatt: eine übernehmen, ihren Auftrag öffnen, unter ihr erzeugen</translation>
    </message>
    <message>
        <source>Job orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>No shop server is configured (Settings or RMOS_SHOP_URL)</source>
        <translation>Kein Werkstattserver eingerichtet (Einstellungen oder RMOS_SHOP_URL)</translation>
    </message>
    <message>
        <source>Job order %s holds no job the form can open.</source>
        <translation>Bestellung %s enthält keinen Auftrag, den das Formular öffnen kann.</translation>
    </message>
    <message>
        <source>Job order %s is open: Generate runs under it while this station holds its claim</source>
        <translation>Bestellung %s ist geöffnet: Erzeugen läuft unter ihr, solange diese Station sie übernommen hat</translation>
    </message>
    <message>
        <source>This station no longer holds job order %s: Generate will refuse to run under it</source>
        <translation>Diese Station hat Bestellung %s nicht mehr: Erzeugen wird unter ihr verweigert</translation>
    </message>
    <message>
        <source>Not generated under the job order: nothing recorded</source>
        <translation>Nicht unter der Bestellung erzeugt: nichts aufgezeichnet</translation>
    </message>
</context>
<context>
    <name>ShopStatusLabel</name>
    <message>
        <source>Shop server status</source>
        <translation>Status des Werkstattservers</translation>
    </message>
    <message>
        <source>Shop server: %1</source>
        <translation>Werkstattserver: %1</translation>
    </message>
    <message>
        <source>the environment</source>
        <translation>der Umgebung</translation>
    </message>
    <message>
        <source>the settings file</source>
        <translation>der Einstellungsdatei</translation>
    </message>
    <message>
        <source>shop: checking…</source>
        <translation>Werkstatt: wird geprüft…</translation>
    </message>
    <message>
        <source>shop: sync refused</source>
        <translation>Werkstatt: Synchronisierung abgelehnt</translation>
    </message>
    <message>
        <source>shop: offline since %1</source>
        <translation>Werkstatt: offline seit %1</translation>
    </message>
    <message>
        <source>shop: %1 record waiting</source>
        <translation>Werkstatt: %1 Eintrag wartet</translation>
    </message>
    <message>
        <source>shop: %1 records waiting</source>
        <translation>Werkstatt: %1 Einträge warten</translation>
    </message>
    <message>
        <source>shop: up to date</source>
        <translation>Werkstatt: aktuell</translation>
    </message>
    <message>
        <source>This station: %1 (from %2)</source>
        <translation>Diese Station: %1 (aus %2)</translation>
    </message>
    <message>
        <source>Records waiting: %1</source>
        <translation>Wartende Einträge: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Click to sync now.</source>
        <translation>Klicken, um jetzt zu synchronisieren.</translation>
    </message>
</context>
<context>
    <name>ShopWorkflow</name>
    <message>
        <source>There is no override of a safety block. A blocked job is recorded for supervisor review; the route to allowing it is a reviewed change to the shop&apos;s catalog (blade, material or machine entries) or to the safety policy.</source>
        <translation>Eine Sicherheitssperre lässt sich nicht übergehen. Ein gesperrter Auftrag wird zur Bewertung durch den Schichtleiter aufgezeichnet; erlaubt wird er nur durch eine geprüfte Änderung am Katalog der Werkstatt (Einträge für Sägeblatt, Material oder Maschine) oder an der Sicherheitsrichtlinie.</translation>
    </message>
    <message>
        <source>unreadable now: %1</source>
        <translation>derzeit unlesbar: %1</translation>
    </message>
    <message>
        <source>Shop server not used: %1</source>
        <translation>Werkstattserver nicht verwendet: %1</translation>
    </message>
    <message>
        <source>Shop server: %1 · station %2 (from %3)</source>
        <translation>Werkstattserver: %1 · Station %2 (aus %3)</translation>
    </message>
    <message>
        <source>Open job</source>
        <translation>Auftrag öffnen</translation>
    </message>
    <message>
        <source>Job files (*.json)</source>
        <translation>Auftragsdateien (*.json)</translation>
    </message>
    <message>
        <source>Could not open the job: %s</source>
        <translation>Der Auftrag konnte nicht geöffnet werden: %s</translation>
    </message>
    <message>
        <source>Opened %s</source>
        <translation>%s geöffnet</translation>
    </message>
    <message>
        <source>(no recent jobs)</source>
        <translation>(keine zuletzt verwendeten Aufträge)</translation>
    </message>
    <message>
        <source>Save job as</source>
        <translation>Auftrag speichern unter</translation>
    </message>
    <message>
        <source>Could not save the job to %s: %s</source>
        <translation>Der Auftrag konnte nicht in %s gespeichert werden: %s</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>%s gespeichert</translation>
    </message>
    <message>
        <source>Settings could not be saved: %s</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %s</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>operator: %s ▾</source>
        <translation>Bediener: %s ▾</translation>
    </message>
    <message>
        <source>Who is at the saw (recorded with every run). Runs: %s</source>
        <translation>Wer an der Säge steht (wird mit jedem Lauf aufgezeichnet). Läufe: %s</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>Jemand anderes…</translation>
    </message>
    <message>
        <source>Nobody (runs say —)</source>
        <translation>Niemand (Läufe zeigen —)</translation>
    </message>
    <message>
        <source>RMOS Desktop %s</source>
        <translation>RMOS Desktop %s</translation>
    </message>
    <message>
        <source>Data directory: %s</source>
        <translation>Datenordner: %s</translation>
    </message>
    <message>
        <source>Runs directory: %s (from %s)</source>
        <translation>Laufordner: %s (aus %s)</translation>
    </message>
    <message>
        <source>Settings and shop catalog files: %s</source>
        <translation>Einstellungen und Katalogdateien der Werkstatt: %s</translation>
    </message>
    <message>
        <source>Log file: %s</source>
        <translation>Logdatei: %s</translation>
    </message>
    <message>
        <source>Catalog: %s (SHA-256 %s…)</source>
        <translation>Katalog: %s (SHA-256 %s…)</translation>
    </message>
    <message>
        <source>Audit ledger head: %s</source>
        <translation>Protokollstand: %s</translation>
    </message>
    <message>
        <source>no runs recorded yet</source>
        <translation>noch keine Läufe aufgezeichnet</translation>
    </message>
    <message>
        <source>Shop catalog in force: %s (SHA-256 %s)</source>
        <translation>Gültiger Werkstattkatalog: %s (SHA-256 %s)</translation>
    </message>
    <message>
        <source>Station key: %s (public key: %s)</source>
        <translation>Stationsschlüssel: %s (öffentlicher Schlüssel: %s)</translation>
    </message>
    <message>
        <source>Station key: none usable — records are not signed (see the log file)</source>
        <translation>Stationsschlüssel: keiner nutzbar — Einträge werden nicht signiert (siehe Logdatei)</translation>
    </message>
</context>
<context>
    <name>SourceSwitch</name>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Dieser Arbeitsplatz</translation>
    </message>
    <message>
        <source>Whole shop</source>
        <translation>Ganze Werkstatt</translation>
    </message>
    <message>
        <source>Every station&apos;s runs, from the shop server</source>
        <translation>Läufe aller Stationen, vom Werkstattserver</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to RMOS Desktop.</source>
        <translation>Willkommen bei RMOS Desktop.</translation>
    </message>
    <message>
        <source>Counting the runs recorded here…</source>
        <translation>Die hier aufgezeichneten Läufe werden gezählt…</translation>
    </message>
    <message>
        <source>Open an example job to see how the risk panel judges it:</source>
        <translation>Einen Beispielauftrag öffnen, um zu sehen, wie das Risikofeld ihn beurteilt:</translation>
    </message>
    <message>
        <source>Every attempt to generate is recorded in %s (change it in Tools ▸ Settings). More example jobs are in %s.</source>
        <translation>Jeder Erzeugungsversuch wird in %s aufgezeichnet (änderbar unter Extras ▸ Einstellungen). Weitere Beispielaufträge liegen in %s.</translation>
    </message>
    <message>
        <source>The run index cannot say how many runs are recorded here.</source>
        <translation>Der Laufindex kann nicht sagen, wie viele Läufe hier aufgezeichnet sind.</translation>
    </message>
    <message>
        <source>No runs are recorded here yet.</source>
        <translation>Hier sind noch keine Läufe aufgezeichnet.</translation>
    </message>
    <message>
        <source>%d runs recorded here</source>
        <translation>%d Läufe hier aufgezeichnet</translation>
    </message>
    <message>
        <source>%d run recorded here</source>
        <translation>%d Lauf hier aufgezeichnet</translation>
    </message>
    <message>
        <source> (Tools ▸ Run history).</source>
        <translation> (Extras ▸ Laufverlauf).</translation>
    </message>
    <message>
        <source>%d blocked runs await supervisor review.</source>
        <translation>%d gesperrte Läufe warten auf Bewertung durch den Schichtleiter.</translation>
    </message>
    <message>
        <source>Fret slots, 648 mm scale</source>
        <translation>Bundschlitze, 648 mm Mensur</translation>
    </message>
    <message>
        <source>Over-speed (RED, blocked)</source>
        <translation>Überdrehzahl (RED, gesperrt)</translation>
    </message>
    <message>
        <source>Side kerfs (kerf array)</source>
        <translation>Seitenfugen (Fugenreihe)</translation>
    </message>
    <message>
        <source>Veneer trim (GREEN)</source>
        <translation>Furnierbeschnitt (GREEN)</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>First move</source>
        <translation>Erste Bewegung</translation>
    </message>
    <message>
        <source>Previous move</source>
        <translation>Vorherige Bewegung</translation>
    </message>
    <message>
        <source>Next move</source>
        <translation>Nächste Bewegung</translation>
    </message>
    <message>
        <source>Last move</source>
        <translation>Letzte Bewegung</translation>
    </message>
    <message>
        <source>Walk through the program move by move</source>
        <translation>Das Programm Bewegung für Bewegung durchgehen</translation>
    </message>
</context>
<context>
    <name>SummaryRow</name>
    <message>
        <source>Show the blocked runs nobody has reviewed yet</source>
        <translation>Gesperrte Läufe zeigen, die noch niemand bewertet hat</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) listed</source>
        <translation>
            <numerusform>%n Lauf aufgeführt</numerusform>
            <numerusform>%n Läufe aufgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked run(s) awaiting review ▸</source>
        <translation>
            <numerusform>%n gesperrter Lauf wartet auf Bewertung ▸</numerusform>
            <numerusform>%n gesperrte Läufe warten auf Bewertung ▸</numerusform>
        </translation>
    </message>
    <message>
        <source>No blocked runs awaiting review</source>
        <translation>Keine gesperrten Läufe, die auf Bewertung warten</translation>
    </message>
</context>
<context>
    <name>ToolpathPlot</name>
    <message>
        <source>Top view (X–Y)</source>
        <translation>Draufsicht (X–Y)</translation>
    </message>
    <message>
        <source>Side view (X–Z)</source>
        <translation>Seitenansicht (X–Z)</translation>
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
    <name>WindowDialogs</name>
    <message>
        <source>G-code (*.nc *.gcode *.ngc *.tap *.txt);;All files (*)</source>
        <translation>G-Code (*.nc *.gcode *.ngc *.tap *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Verify G-code file</source>
        <translation>G-Code-Datei prüfen</translation>
    </message>
    <message>
        <source>Verifying %s…</source>
        <translation>%s wird geprüft…</translation>
    </message>
    <message>
        <source>Could not verify %s: %s</source>
        <translation>%s konnte nicht geprüft werden: %s</translation>
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
