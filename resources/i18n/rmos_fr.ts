<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About RMOS Desktop</source>
        <translation>À propos de RMOS Desktop</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>Review…  %1</source>
        <translation>Examiner…  %1</translation>
    </message>
    <message>
        <source>Record a supervisor&apos;s review of the selected run (%1)</source>
        <translation>Enregistrer l&apos;examen par le responsable de l&apos;exécution sélectionnée (%1)</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>The selected run beside another: only what differs</source>
        <translation>L&apos;exécution sélectionnée à côté d&apos;une autre&#xa0;: seulement ce qui diffère</translation>
    </message>
    <message>
        <source>Open in preview</source>
        <translation>Ouvrir dans l&apos;aperçu</translation>
    </message>
    <message>
        <source>Open G-code file</source>
        <translation>Ouvrir un fichier de code G</translation>
    </message>
    <message>
        <source>Export to USB…</source>
        <translation>Exporter sur USB…</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <source>Write the selected run&apos;s PDF report</source>
        <translation>Écrire le rapport PDF de l&apos;exécution sélectionnée</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read runs other workstations or programs added (%1)</source>
        <translation>Lire les exécutions ajoutées par d&apos;autres postes ou programmes (%1)</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive old runs</source>
        <translation>Archiver les anciennes exécutions</translation>
    </message>
    <message>
        <source>Moves whole days of runs out of the runs directory into one zip file. Every artifact is checked against the audit ledger first; the zip is read back and checked; an archive record is kept in the runs directory; only then are the day folders removed. Archived runs stay listed in the history. Nothing is deleted if any step fails. Today&apos;s runs are never archived.</source>
        <translation>Déplace des journées entières d&apos;exécutions du dossier des exécutions vers un fichier zip. Chaque artefact est d&apos;abord contrôlé dans le registre d&apos;audit&#xa0;; le zip est relu et contrôlé&#xa0;; un enregistrement d&apos;archive reste dans le dossier des exécutions&#xa0;; alors seulement les dossiers des jours sont supprimés. Les exécutions archivées restent dans l&apos;historique. Rien n&apos;est supprimé si une étape échoue. Les exécutions du jour ne sont jamais archivées.</translation>
    </message>
    <message>
        <source>Archive days before</source>
        <translation>Archiver les jours avant le</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Dossier d&apos;archive</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Restore from an archive…</source>
        <translation>Restaurer depuis une archive…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose the folder the archive goes to (a network share or a disk).</source>
        <translation>Choisissez le dossier de l&apos;archive (un partage réseau ou un disque).</translation>
    </message>
    <message>
        <source>Checking and archiving…</source>
        <translation>Contrôle et archivage…</translation>
    </message>
    <message numerus="yes">
        <source>Archived %Ln run(s) from %1 day(s) into %2
SHA-256 %3</source>
        <translation>
            <numerusform>%Ln exécution de %1 jour(s) archivée dans %2
SHA-256 %3</numerusform>
            <numerusform>%Ln exécutions de %1 jour(s) archivées dans %2
SHA-256 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>Restaurer depuis l&apos;archive</translation>
    </message>
    <message>
        <source>RMOS archives (*.zip)</source>
        <translation>Archives RMOS (*.zip)</translation>
    </message>
    <message>
        <source>Verifying and restoring…</source>
        <translation>Contrôle et restauration…</translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln file(s) from %1</source>
        <translation>
            <numerusform>%Ln fichier restauré depuis %1</numerusform>
            <numerusform>%Ln fichiers restaurés depuis %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit the run records</source>
        <translation>Auditer les enregistrements d&apos;exécution</translation>
    </message>
    <message>
        <source>optional: SEQ:HASH from an export statement or a report footer</source>
        <translation>facultatif&#xa0;: SEQ:HASH d&apos;une attestation d&apos;export ou d&apos;un pied de rapport</translation>
    </message>
    <message>
        <source>Expected ledger head</source>
        <translation>État attendu du registre</translation>
    </message>
    <message>
        <source>Run audit</source>
        <translation>Lancer l&apos;audit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Station key</source>
        <translation>Clé du poste</translation>
    </message>
    <message>
        <source>looking…</source>
        <translation>recherche…</translation>
    </message>
    <message>
        <source>Latest checkpoint</source>
        <translation>Dernier point de contrôle</translation>
    </message>
    <message>
        <source>Make checkpoint now</source>
        <translation>Créer un point de contrôle maintenant</translation>
    </message>
    <message>
        <source>Check the records since the last checkpoint and sign the ledger head with the station key</source>
        <translation>Vérifier les enregistrements depuis le dernier point de contrôle et signer l&apos;état du registre avec la clé du poste</translation>
    </message>
    <message>
        <source>Cosign with a key on a stick…</source>
        <translation>Contresigner avec une clé sur clé USB…</translation>
    </message>
    <message>
        <source>A supervisor&apos;s key (made with `rmos keys init`, kept off this workstation) adds its signature to the latest checkpoint: a later rewrite of the records it covers is then caught</source>
        <translation>La clé d&apos;un responsable (créée avec `rmos keys init`, gardée hors de ce poste) ajoute sa signature au dernier point de contrôle&#xa0;: une réécriture ultérieure des enregistrements couverts est alors détectée</translation>
    </message>
    <message>
        <source>none usable: records are not signed (the log file says why)</source>
        <translation>aucune utilisable&#xa0;: les enregistrements ne sont pas signés (le fichier journal dit pourquoi)</translation>
    </message>
    <message>
        <source>Its public key (to check the records elsewhere): %1</source>
        <translation>Sa clé publique (pour vérifier les enregistrements ailleurs)&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>not cosigned</source>
        <translation>non contresigné</translation>
    </message>
    <message>
        <source>size %1 (ledger lines 1–%1), made %2; signed by %3; cosigned by: %4</source>
        <translation>taille %1 (lignes du registre 1–%1), créé %2&#xa0;; signé par %3&#xa0;; contresigné par&#xa0;: %4</translation>
    </message>
    <message>
        <source>it could not be recorded: %1</source>
        <translation>il n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was signed: %1</source>
        <translation>Rien n&apos;a été signé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checking the records and signing a checkpoint…</source>
        <translation>Vérification des enregistrements et signature d&apos;un point de contrôle…</translation>
    </message>
    <message>
        <source>✔ Checkpoint of ledger line %1 signed by the station key %2 and recorded.</source>
        <translation>✔ Point de contrôle de la ligne %1 du registre signé par la clé du poste %2 et enregistré.</translation>
    </message>
    <message>
        <source>Checked: %1
Recorded in %2</source>
        <translation>Vérifié&#xa0;: %1
Enregistré dans %2</translation>
    </message>
    <message>
        <source>Cosign with a key on a stick</source>
        <translation>Contresigner avec une clé sur clé USB</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Fichiers de clé (*.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cosigning with %1…</source>
        <translation>Contresignature avec %1…</translation>
    </message>
    <message>
        <source>No checkpoint covered the last records: one of line %1 was made first. </source>
        <translation>Aucun point de contrôle ne couvrait les derniers enregistrements&#xa0;: un point de la ligne %1 a d&apos;abord été créé. </translation>
    </message>
    <message>
        <source>✔ Checkpoint of ledger line %1 cosigned by key %2 and recorded.</source>
        <translation>✔ Point de contrôle de la ligne %1 du registre contresigné par la clé %2 et enregistré.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
    <message>
        <source>Checks the audit ledger and every run file in %1: modified, missing or planted files, edited, deleted or reordered ledger lines. With an expected head (quoted by every export statement and report) it also catches a ledger cut short or rewritten. This detects tampering; it does not prevent it.</source>
        <translation>Contrôle le registre d&apos;audit et chaque fichier d&apos;exécution dans %1&#xa0;: fichiers modifiés, manquants ou ajoutés, lignes du registre modifiées, supprimées ou réordonnées. Avec un état attendu (cité par chaque attestation d&apos;export et chaque rapport), il détecte aussi un registre tronqué ou réécrit. Cela révèle une falsification&#xa0;; cela ne l&apos;empêche pas.</translation>
    </message>
    <message>
        <source>The expected head must look like 12:&lt;64 hex digits&gt;, as an export statement quotes it.</source>
        <translation>L&apos;état attendu a la forme 12:&lt;64 chiffres hex&gt;, comme le cite une attestation d&apos;export.</translation>
    </message>
    <message>
        <source>Nothing has been recorded in %1 yet.</source>
        <translation>Rien n&apos;a encore été enregistré dans %1.</translation>
    </message>
    <message>
        <source>Checking the ledger and every run file…</source>
        <translation>Contrôle du registre et de chaque fichier d&apos;exécution…</translation>
    </message>
    <message numerus="yes">
        <source>✔ All %Ln record(s) consistent, ledger head %1</source>
        <translation>
            <numerusform>✔ %Ln enregistrement cohérent, état du registre %1</numerusform>
            <numerusform>✔ Les %Ln enregistrements sont cohérents, état du registre %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(no ledger yet)</source>
        <translation>(pas encore de registre)</translation>
    </message>
    <message numerus="yes">
        <source>✖ %Ln problem(s) found. Ledger head %1.</source>
        <translation>
            <numerusform>✖ %Ln problème trouvé. État du registre %1.</numerusform>
            <numerusform>✖ %Ln problèmes trouvés. État du registre %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more problem(s): run `rmos audit verify --json` for the full list</source>
        <translation>
            <numerusform>%Ln autre problème&#xa0;: `rmos audit verify --json` donne la liste complète</numerusform>
            <numerusform>%Ln autres problèmes&#xa0;: `rmos audit verify --json` donne la liste complète</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>ledger seq</source>
        <translation>n° dans le registre</translation>
    </message>
    <message>
        <source>ledger line</source>
        <translation>ligne du registre</translation>
    </message>
    <message>
        <source>The audit could not run: %1</source>
        <translation>L&apos;audit n&apos;a pas pu s&apos;exécuter&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare runs</source>
        <translation>Comparer des exécutions</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A&#xa0;: %1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B&#xa0;:</translation>
    </message>
    <message>
        <source>Only differences</source>
        <translation>Différences seulement</translation>
    </message>
    <message>
        <source>No other run to compare with.</source>
        <translation>Aucune autre exécution à comparer.</translation>
    </message>
    <message>
        <source>Cannot read the run: %1</source>
        <translation>Impossible de lire l&apos;exécution&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>%n champ diffère.</numerusform>
            <numerusform>%n champs diffèrent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two runs do not differ.</source>
        <translation>Les deux exécutions ne diffèrent pas.</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>blade speed</source>
        <translation>vitesse de la lame</translation>
    </message>
    <message>
        <source>rim speed</source>
        <translation>vitesse périphérique</translation>
    </message>
    <message>
        <source>bite</source>
        <translation>avance par dent</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>profondeur</translation>
    </message>
    <message>
        <source>power (est.)</source>
        <translation>puissance (est.)</translation>
    </message>
    <message>
        <source>feed</source>
        <translation>avance</translation>
    </message>
    <message>
        <source>envelope</source>
        <translation>course machine</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>sens de coupe</translation>
    </message>
    <message>
        <source>cut length</source>
        <translation>longueur de coupe</translation>
    </message>
    <message>
        <source>kerf pitch</source>
        <translation>pas des traits</translation>
    </message>
    <message>
        <source>kerf / plate</source>
        <translation>voie / corps de lame</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>brut</translation>
    </message>
    <message>
        <source>rpm</source>
        <translation>tr/min</translation>
    </message>
    <message>
        <source>mm/tooth</source>
        <translation>mm/dent</translation>
    </message>
    <message>
        <source>in/tooth</source>
        <translation>in/dent</translation>
    </message>
    <message>
        <source>mm/t</source>
        <translation>mm/d</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>≤ %1 (max %2)</source>
        <translation>≤ %1 (max. %2)</translation>
    </message>
    <message>
        <source>%1–%2 (hard %3)</source>
        <translation>%1–%2 (limite %3)</translation>
    </message>
    <message>
        <source>%1–%2 (red &gt; %3)</source>
        <translation>%1–%2 (RED &gt; %3)</translation>
    </message>
    <message>
        <source>≤ %1 (exposure %2)</source>
        <translation>≤ %1 (dépassement %2)</translation>
    </message>
    <message>
        <source>≤ %1 W (usable %2 W)</source>
        <translation>≤ %1 W (utile %2 W)</translation>
    </message>
    <message>
        <source>≤ %1 (thickness)</source>
        <translation>≤ %1 (épaisseur)</translation>
    </message>
    <message>
        <source>&gt; %1 (footprint)</source>
        <translation>&gt; %1 (longueur de contact)</translation>
    </message>
    <message>
        <source>&gt; %1 (kerf)</source>
        <translation>&gt; %1 (voie)</translation>
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
        <translation>le long de %1, coupe en %2</translation>
    </message>
    <message>
        <source>Spindle speed %1 rpm exceeds the machine&apos;s maximum %2 rpm</source>
        <translation>Vitesse de broche %1 tr/min dépasse le maximum de la machine %2 tr/min</translation>
    </message>
    <message>
        <source>Blade speed %1 rpm exceeds the blade&apos;s marked maximum %2 rpm</source>
        <translation>Vitesse de la lame %1 tr/min dépasse le maximum marqué sur la lame %2 tr/min</translation>
    </message>
    <message>
        <source>Blade speed %1 rpm is within 10 % of the blade&apos;s marked maximum %2 rpm</source>
        <translation>Vitesse de la lame %1 tr/min à moins de 10 % du maximum marqué sur la lame %2 tr/min</translation>
    </message>
    <message>
        <source>Blade speed %1 rpm is well under the blade&apos;s marked maximum %2 rpm</source>
        <translation>Vitesse de la lame %1 tr/min bien en dessous du maximum marqué sur la lame %2 tr/min</translation>
    </message>
    <message>
        <source>Rim speed %1 exceeds the %2 limit for saw blades</source>
        <translation>Vitesse périphérique %1 dépasse la limite de %2 pour les lames de scie</translation>
    </message>
    <message>
        <source>Rim speed %1 is below %2&apos;s band: slow, rough cut</source>
        <translation>Vitesse périphérique %1 sous la plage de %2&#xa0;: coupe lente et grossière</translation>
    </message>
    <message>
        <source>Rim speed %1 is above %2&apos;s band: heat and burn marks</source>
        <translation>Vitesse périphérique %1 au-dessus de la plage de %2&#xa0;: chauffe et brûlures</translation>
    </message>
    <message>
        <source>Rim speed %1 is inside %2&apos;s band</source>
        <translation>Vitesse périphérique %1 dans la plage de %2</translation>
    </message>
    <message>
        <source>Bite %1 is over 1.5× the blade&apos;s maximum %2: tooth overload and kickback risk; lower the feed or raise the speed</source>
        <translation>Avance par dent %1 dépasse 1,5× le maximum de la lame %2&#xa0;: surcharge des dents et risque de rejet&#xa0;; réduire l&apos;avance ou augmenter la vitesse</translation>
    </message>
    <message>
        <source>Bite %1 is over 1.5× %2&apos;s maximum %3: tooth overload and kickback risk; lower the feed or raise the speed</source>
        <translation>Avance par dent %1 dépasse 1,5× le maximum de %2 (%3)&#xa0;: surcharge des dents et risque de rejet&#xa0;; réduire l&apos;avance ou augmenter la vitesse</translation>
    </message>
    <message>
        <source>Bite %1 is above the blade&apos;s band: heavy load on the teeth</source>
        <translation>Avance par dent %1 au-dessus de la plage de la lame&#xa0;: forte charge sur les dents</translation>
    </message>
    <message>
        <source>Bite %1 is above %2&apos;s band: heavy load on the teeth</source>
        <translation>Avance par dent %1 au-dessus de la plage de %2&#xa0;: forte charge sur les dents</translation>
    </message>
    <message>
        <source>Bite %1 is below the blade&apos;s band: the teeth rub, heat and burn the cut</source>
        <translation>Avance par dent %1 sous la plage de la lame&#xa0;: les dents frottent, chauffent et brûlent la coupe</translation>
    </message>
    <message>
        <source>Bite %1 is below %2&apos;s band: the teeth rub, heat and burn the cut</source>
        <translation>Avance par dent %1 sous la plage de %2&#xa0;: les dents frottent, chauffent et brûlent la coupe</translation>
    </message>
    <message>
        <source>Bite %1 is inside the blade&apos;s band</source>
        <translation>Avance par dent %1 dans la plage de la lame</translation>
    </message>
    <message>
        <source>Bite %1 is inside %2&apos;s band</source>
        <translation>Avance par dent %1 dans la plage de %2</translation>
    </message>
    <message>
        <source>This blade&apos;s flange leaves no usable exposure: it cannot cut at any depth</source>
        <translation>La flasque de cette lame ne laisse aucun dépassement utile&#xa0;: elle ne peut couper à aucune profondeur</translation>
    </message>
    <message>
        <source>Depth %1 is beyond the blade&apos;s exposure %2: the flange hits the work</source>
        <translation>Profondeur %1 au-delà du dépassement de la lame %2&#xa0;: la flasque touche la pièce</translation>
    </message>
    <message>
        <source>Depth %1 is within 20 % of the blade&apos;s exposure %2</source>
        <translation>Profondeur %1 à moins de 20 % du dépassement de la lame %2</translation>
    </message>
    <message>
        <source>Depth %1 is well within the blade&apos;s exposure %2</source>
        <translation>Profondeur %1 bien en deçà du dépassement de la lame %2</translation>
    </message>
    <message>
        <source>Estimated %1 W exceeds the spindle&apos;s usable %2 W: stall and kickback risk</source>
        <translation>Estimé %1 W dépasse la puissance utile de la broche %2 W&#xa0;: risque de calage et de rejet</translation>
    </message>
    <message>
        <source>Estimated %1 W is over 80 % of the spindle&apos;s usable %2 W</source>
        <translation>Estimé %1 W dépasse 80 % de la puissance utile de la broche %2 W</translation>
    </message>
    <message>
        <source>Estimated %1 W of the spindle&apos;s usable %2 W (an estimate)</source>
        <translation>Estimé %1 W sur %2 W utiles de la broche (une estimation)</translation>
    </message>
    <message>
        <source>Feed %1 exceeds the machine&apos;s maximum %2</source>
        <translation>Avance %1 dépasse le maximum de la machine %2</translation>
    </message>
    <message>
        <source>Feed %1 is within the machine&apos;s maximum %2</source>
        <translation>Avance %1 dans le maximum de la machine %2</translation>
    </message>
    <message>
        <source>Leaves the machine&apos;s travel: %1</source>
        <translation>Sort de la course de la machine&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %2 is below the travel&apos;s %3</source>
        <translation>%1 %2 sous la limite de course %3</translation>
    </message>
    <message>
        <source>%1 %2 is beyond the travel&apos;s %3</source>
        <translation>%1 %2 au-delà de la limite de course %3</translation>
    </message>
    <message>
        <source>Every move stays inside the travel (%1 to the nearest limit)</source>
        <translation>Chaque mouvement reste dans la course (%1 jusqu&apos;à la limite la plus proche)</translation>
    </message>
    <message>
        <source>Every cut runs along %1, all in the %2 direction</source>
        <translation>Chaque coupe suit %1, toutes dans le sens %2</translation>
    </message>
    <message>
        <source>The cut is not parallel to the blade axis %1: a saw blade cuts only in its own plane</source>
        <translation>La coupe n&apos;est pas parallèle à l&apos;axe de la lame %1&#xa0;: une lame de scie ne coupe que dans son propre plan</translation>
    </message>
    <message>
        <source>Slot of %1 is shorter than the blade&apos;s footprint %2 at this depth</source>
        <translation>Fente de %1 plus courte que la longueur de contact de la lame %2 à cette profondeur</translation>
    </message>
    <message>
        <source>Blade centre travels %1; the kerf reaches %2 beyond it at each end</source>
        <translation>Le centre de la lame parcourt %1&#xa0;; le trait dépasse de %2 à chaque extrémité</translation>
    </message>
    <message>
        <source>One cut: no pitch to check</source>
        <translation>Une seule coupe&#xa0;: aucun pas à vérifier</translation>
    </message>
    <message>
        <source>Pitch %1 is not wider than the kerf %2: kerfs merge</source>
        <translation>Pas %1 pas plus large que la voie %2&#xa0;: les traits se rejoignent</translation>
    </message>
    <message>
        <source>Closest fret spacing %1 is not wider than the kerf %2: kerfs merge</source>
        <translation>Plus petit écart entre frettes %1 pas plus large que la voie %2&#xa0;: les traits se rejoignent</translation>
    </message>
    <message>
        <source>Pitch %1 leaves %2 between kerfs</source>
        <translation>Pas %1 laisse %2 entre les traits</translation>
    </message>
    <message>
        <source>Closest fret spacing %1 leaves %2 between kerfs</source>
        <translation>Plus petit écart entre frettes %1 laisse %2 entre les traits</translation>
    </message>
    <message>
        <source>Kerf %1 is too close to the plate %2: the plate binds in its own kerf</source>
        <translation>Voie %1 trop proche du corps de lame %2&#xa0;: le corps se coince dans son propre trait</translation>
    </message>
    <message>
        <source>Kerf %1 clears the plate %2</source>
        <translation>Voie %1 dégage le corps de lame %2</translation>
    </message>
    <message>
        <source>No stock given</source>
        <translation>Aucun brut indiqué</translation>
    </message>
    <message>
        <source>Depth %1 is deeper than the %2 stock: the blade cuts into the spoilboard</source>
        <translation>Profondeur %1 plus profonde que le brut de %2&#xa0;: la lame entame la planche martyre</translation>
    </message>
    <message>
        <source>Depth %1 within the %2 stock</source>
        <translation>Profondeur %1 dans le brut de %2</translation>
    </message>
    <message>
        <source>Cannot check: %1</source>
        <translation>Vérification impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Calculator failed (%1); treated as unknown</source>
        <translation>Échec du calcul (%1)&#xa0;; traité comme UNKNOWN</translation>
    </message>
    <message>
        <source>Cannot judge this job, so it is treated as unsafe: %1</source>
        <translation>Impossible de juger ce travail, il est donc traité comme dangereux&#xa0;: %1</translation>
    </message>
    <message>
        <source>evaluation failed: %1</source>
        <translation>l&apos;évaluation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>client-supplied feasibility was ignored; the app computed its own</source>
        <translation>la faisabilité fournie a été ignorée&#xa0;; l&apos;application a calculé la sienne</translation>
    </message>
    <message>
        <source>the request is not a JSON object</source>
        <translation>la requête n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the cut geometry could not be planned</source>
        <translation>la géométrie de coupe n&apos;a pas pu être planifiée</translation>
    </message>
    <message>
        <source>router tools are not supported yet (%1); only saw blades</source>
        <translation>les fraises ne sont pas encore prises en charge (%1)&#xa0;; seulement les lames de scie</translation>
    </message>
    <message>
        <source>unknown blade %1 (not in the catalog)</source>
        <translation>lame inconnue %1 (absente du catalogue)</translation>
    </message>
    <message>
        <source>unknown material %1 (not in the catalog)</source>
        <translation>matériau inconnu %1 (absent du catalogue)</translation>
    </message>
    <message>
        <source>unknown machine profile %1 (not in the catalog)</source>
        <translation>profil machine inconnu %1 (absent du catalogue)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>field required</source>
        <translation>champ obligatoire</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>must be ≤ %1</source>
        <translation>doit être ≤ %1</translation>
    </message>
    <message>
        <source>must be &lt; %1</source>
        <translation>doit être &lt; %1</translation>
    </message>
    <message>
        <source>must be &gt; %1</source>
        <translation>doit être &gt; %1</translation>
    </message>
    <message>
        <source>must be ≥ %1</source>
        <translation>doit être ≥ %1</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>doit être un nombre fini</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be valid Unicode text</source>
        <translation>doit être un texte Unicode valide</translation>
    </message>
    <message>
        <source>must not contain NUL characters</source>
        <translation>ne doit pas contenir de caractères NUL</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>doit compter au plus %1 caractères</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>may only contain letters, digits and _ . : -</source>
        <translation>ne peut contenir que des lettres, des chiffres et _ .&#xa0;: -</translation>
    </message>
    <message>
        <source>kind must be one of %1</source>
        <translation>kind doit être l&apos;un de %1</translation>
    </message>
    <message>
        <source>kind required (one of %1)</source>
        <translation>kind obligatoire (l&apos;un de %1)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit être l&apos;un de %1</translation>
    </message>
    <message>
        <source>the line has zero length (start and end are the same point)</source>
        <translation>la ligne a une longueur nulle (début et fin sont le même point)</translation>
    </message>
    <message>
        <source>%1 passes × %2 cuts = %3 cut passes, more than the %4 this app plans; use a larger stepdown</source>
        <translation>%1 passes × %2 coupes = %3 passes de coupe, plus que les %4 que planifie cette application&#xa0;; choisir une passe en Z plus grande</translation>
    </message>
    <message>
        <source>the request must be a JSON object, not %1</source>
        <translation>la requête doit être un objet JSON, pas %1</translation>
    </message>
    <message>
        <source>the request could not be read: %1</source>
        <translation>la requête n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>the request is invalid</source>
        <translation>la requête n&apos;est pas valide</translation>
    </message>
    <message>
        <source>enter a value</source>
        <translation>saisir une valeur</translation>
    </message>
    <message>
        <source>too long for a number (at most %1 characters)</source>
        <translation>trop long pour un nombre (au plus %1 caractères)</translation>
    </message>
    <message>
        <source>%1 has more than one decimal mark; type one, e.g. 1234.5 or 1234,5</source>
        <translation>%1 a plus d&apos;un séparateur décimal&#xa0;; en saisir un seul, p. ex. 1234,5 ou 1234.5</translation>
    </message>
    <message>
        <source>%1 has more than one decimal mark</source>
        <translation>%1 a plus d&apos;un séparateur décimal</translation>
    </message>
    <message>
        <source>%1 is not a number; type e.g. 12.5, 1/32, 3 1/2 or 1-1/2&quot;</source>
        <translation>%1 n&apos;est pas un nombre&#xa0;; saisir p. ex. 12,5, 1/32, 3 1/2 ou 1-1/2&quot;</translation>
    </message>
    <message>
        <source>%1 is not a number; type e.g. 12.5 or 1/2</source>
        <translation>%1 n&apos;est pas un nombre&#xa0;; saisir p. ex. 12,5 ou 1/2</translation>
    </message>
    <message>
        <source>%1 is not a number; type e.g. 0.005 or 1/256</source>
        <translation>%1 n&apos;est pas un nombre&#xa0;; saisir p. ex. 0,005 ou 1/256</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 is not a unit of length; use mm or in</source>
        <translation>%1 n&apos;est pas une unité de longueur&#xa0;; utiliser mm ou in</translation>
    </message>
    <message>
        <source>%1 is not a unit of feed; use mm/min or in/min</source>
        <translation>%1 n&apos;est pas une unité d&apos;avance&#xa0;; utiliser mm/min ou in/min</translation>
    </message>
    <message>
        <source>%1 is not a unit of rpm; use rpm</source>
        <translation>%1 n&apos;est pas une unité de vitesse de rotation&#xa0;; utiliser rpm ou 1/min</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 est trop grand</translation>
    </message>
    <message>
        <source>%1 has too many digits</source>
        <translation>%1 a trop de chiffres</translation>
    </message>
    <message>
        <source>%1: a fraction&apos;s denominator must not be 0</source>
        <translation>%1&#xa0;: le dénominateur d&apos;une fraction ne doit pas être 0</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4</source>
        <translation>%1 n&apos;est pas du JSON valide&#xa0;: %2 à la ligne %3, colonne %4</translation>
    </message>
    <message>
        <source>%1 is ambiguous: %2 is given twice; give each key once</source>
        <translation>%1 est ambigu&#xa0;: %2 est donné deux fois&#xa0;; donner chaque clé une seule fois</translation>
    </message>
    <message>
        <source>%1 is nested too deeply to read</source>
        <translation>%1 est trop imbriqué pour être lu</translation>
    </message>
    <message>
        <source>%1 is not a usable job: a number has too many digits</source>
        <translation>%1 n&apos;est pas un travail utilisable&#xa0;: un nombre a trop de chiffres</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 n&apos;est pas du JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a job file</source>
        <translation>%1 est un dossier, pas un fichier de travail</translation>
    </message>
    <message>
        <source>%1 is %2, not a job file (a job file must be a regular file)</source>
        <translation>%1 est %2, pas un fichier de travail (un fichier de travail doit être un fichier ordinaire)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, the most a job file may be</source>
        <translation>%1 dépasse %2 octets, le maximum pour un fichier de travail</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (byte %2)</source>
        <translation>%1 n&apos;est pas du texte UTF-8 (octet %2)</translation>
    </message>
    <message>
        <source>%1 does not hold a job (a JSON object).</source>
        <translation>%1 ne contient pas de travail (un objet JSON).</translation>
    </message>
    <message>
        <source>%1 %2 for this blade</source>
        <translation>%1 %2 pour cette lame</translation>
    </message>
    <message>
        <source>%1 %2 for this machine</source>
        <translation>%1 %2 pour cette machine</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>needed for %1</source>
        <translation>nécessaire pour %1</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Read it from the archive</source>
        <translation>La lire depuis l&apos;archive</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a run to see its decision, request, hashes and records.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez une exécution pour voir sa décision, sa demande, ses empreintes et ses enregistrements.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Archived run&lt;/h2&gt;&lt;p&gt;This run was moved into the archive &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Reading it opens the archive file and checks it against its manifest.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Exécution archivée&lt;/h2&gt;&lt;p&gt;Cette exécution a été déplacée dans l&apos;archive &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;La lire ouvre le fichier d&apos;archive et le contrôle par rapport à son manifeste.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;File missing&lt;/h2&gt;&lt;p&gt;%1 is no longer in the runs folder and no archive record names it. Run &lt;tt&gt;rmos audit verify&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Fichier manquant&lt;/h2&gt;&lt;p&gt;%1 n&apos;est plus dans le dossier des exécutions et aucun enregistrement d&apos;archive ne le nomme. Lancez &lt;tt&gt;rmos audit verify&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Cannot read this run&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Impossible de lire cette exécution&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to USB</source>
        <translation>Exporter sur USB</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Writes NAME.nc, NAME.nc.sha256 (check with sha256sum -c), NAME.nc.minisig (the station&apos;s signature: minisign -Vm) and NAME.nc.rmos.json (which run made it, signed). Each file is read back from the device and checked.</source>
        <translation>Écrit NAME.nc, NAME.nc.sha256 (à contrôler avec sha256sum -c), NAME.nc.minisig (la signature du poste&#xa0;: minisign -Vm) et NAME.nc.rmos.json (quelle exécution l&apos;a produit, signé). Chaque fichier est relu depuis le support et contrôlé.</translation>
    </message>
    <message>
        <source>Export and verify</source>
        <translation>Exporter et vérifier</translation>
    </message>
    <message>
        <source>Safely remove</source>
        <translation>Retirer en toute sécurité</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Run %s cannot be exported.</source>
        <translation>L&apos;exécution %s ne peut pas être exportée.</translation>
    </message>
    <message>
        <source>Export run %s (%s, %s), G-code SHA-256 %s, to:</source>
        <translation>Exporter l&apos;exécution %s (%s, %s), code G SHA-256 %s, vers&#xa0;:</translation>
    </message>
    <message>
        <source>run %s
G-code SHA-256 %s</source>
        <translation>exécution %s
Code G SHA-256 %s</translation>
    </message>
    <message>
        <source>removable</source>
        <translation>amovible</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>full</source>
        <translation>plein</translation>
    </message>
    <message>
        <source>cannot use — </source>
        <translation>inutilisable — </translation>
    </message>
    <message>
        <source>Folder: %s</source>
        <translation>Dossier&#xa0;: %s</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exporter vers un dossier</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>%s

Replace it with the run&apos;s G-code?</source>
        <translation>%s

Le remplacer par le code G de l&apos;exécution&#xa0;?</translation>
    </message>
    <message>
        <source>Writing and verifying…</source>
        <translation>Écriture et vérification…</translation>
    </message>
    <message>
        <source>%1 was already there with the same content; verified sha256 %2</source>
        <translation>%1 était déjà là avec le même contenu&#xa0;; vérifié, sha256 %2</translation>
    </message>
    <message>
        <source>Verified: sha256 %1 read back from %2</source>
        <translation>Vérifié&#xa0;: sha256 %1 relu depuis %2</translation>
    </message>
    <message>
        <source>; signed by station key %1</source>
        <translation>&#xa0;; signé par la clé du poste %1</translation>
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
        <translation>Statut</translation>
    </message>
    <message>
        <source>Station (the whole shop&apos;s runs only)</source>
        <translation>Station (exécutions de tout l&apos;atelier seulement)</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>Toutes les stations</translation>
    </message>
    <message>
        <source>Tool, or every tool of a family</source>
        <translation>Outil, ou tous les outils d&apos;une famille</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <source>Show only %1 runs (several chips combine; none shows all)</source>
        <translation>N&apos;afficher que les exécutions %1 (plusieurs puces se combinent&#xa0;; aucune affiche tout)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Search run id, job, order, warnings…</source>
        <translation>Rechercher id d&apos;exécution, travail, commande, avertissements…</translation>
    </message>
    <message>
        <source>Awaiting review first</source>
        <translation>En attente d&apos;examen d&apos;abord</translation>
    </message>
    <message>
        <source>Blocked runs nobody has reviewed yet come first</source>
        <translation>Les exécutions bloquées que personne n&apos;a examinées viennent d&apos;abord</translation>
    </message>
    <message>
        <source>A whole day on this workstation&apos;s clock</source>
        <translation>Une journée entière selon l&apos;horloge de ce poste</translation>
    </message>
    <message>
        <source>All tools</source>
        <translation>Tous les outils</translation>
    </message>
    <message>
        <source>All materials</source>
        <translation>Tous les matériaux</translation>
    </message>
    <message>
        <source>every %1 tool</source>
        <translation>tous les outils %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Occurrence suivante (Entrée, F3)</translation>
    </message>
    <message>
        <source>Go to line</source>
        <translation>Aller à la ligne</translation>
    </message>
    <message>
        <source>Go to line (Ctrl+G)</source>
        <translation>Aller à la ligne (Ctrl+G)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>line %d · %d matches</source>
        <translation>ligne %d · %d occurrences</translation>
    </message>
    <message>
        <source>no line %d</source>
        <translation>pas de ligne %d</translation>
    </message>
    <message>
        <source>line %d of %d</source>
        <translation>ligne %d sur %d</translation>
    </message>
</context>
<context>
    <name>GcodeLineModel</name>
    <message>
        <source>Line %d: %s</source>
        <translation>Ligne %d&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Unreadable file %1: %2</source>
        <translation>Fichier illisible %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Job / order</source>
        <translation>Travail / commande</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <source>Reviewed on %1 and brought home by the shop sync; this workstation&apos;s records are as they were</source>
        <translation>Examinée sur %1 et rapatriée par la synchronisation de l&apos;atelier ; les enregistrements de ce poste sont inchangés</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stocké</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Heure (locale)</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Run history — RMOS Desktop</source>
        <translation>Historique des exécutions — RMOS Desktop</translation>
    </message>
    <message>
        <source>The run index cannot be opened; see the log.</source>
        <translation>L&apos;index des exécutions ne peut pas être ouvert&#xa0;; voir le journal.</translation>
    </message>
    <message>
        <source>Reading the runs folder…</source>
        <translation>Lecture du dossier des exécutions…</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copié %1</translation>
    </message>
    <message>
        <source>Reading the runs folder… %1 of %2</source>
        <translation>Lecture du dossier des exécutions… %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the runs folder cannot be read; they are listed as UNREADABLE.</source>
        <translation>
            <numerusform>%n fichier du dossier des exécutions est illisible&#xa0;; il est listé comme UNREADABLE.</numerusform>
            <numerusform>%n fichiers du dossier des exécutions sont illisibles&#xa0;; ils sont listés comme UNREADABLE.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the runs folder: %1</source>
        <translation>Impossible de lire le dossier des exécutions&#xa0;: %1</translation>
    </message>
    <message>
        <source>The archive cannot be read: %1</source>
        <translation>L&apos;archive ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open the run&apos;s stored G-code file</source>
        <translation>Ouvrir le fichier de code G enregistré de l&apos;exécution</translation>
    </message>
    <message>
        <source>This run&apos;s G-code is stored inside its record: use Open in preview</source>
        <translation>Le code G de cette exécution est stocké dans son enregistrement&#xa0;: utilisez Ouvrir dans l&apos;aperçu</translation>
    </message>
    <message>
        <source>Only OK runs can be exported</source>
        <translation>Seules les exécutions OK peuvent être exportées</translation>
    </message>
    <message>
        <source>Export run report</source>
        <translation>Exporter le rapport d&apos;exécution</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Le rapport n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>Review recorded for run %1.</source>
        <translation>Examen enregistré pour l&apos;exécution %1.</translation>
    </message>
    <message>
        <source>Review of run %1 (of %2) recorded on this workstation; the next sync takes it to the shop server.</source>
        <translation>Examen de l&apos;exécution %1 (de %2) enregistré sur ce poste&#xa0;; la prochaine synchronisation le transmet au serveur de l&apos;atelier.</translation>
    </message>
    <message>
        <source>The review was not recorded: %1</source>
        <translation>L&apos;examen n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>(the count is not available)</source>
        <translation>(le nombre n&apos;est pas disponible)</translation>
    </message>
    <message>
        <source>Only blocked runs nobody has reviewed yet (the whole shop is listed newest first)</source>
        <translation>Seulement les exécutions bloquées que personne n&apos;a examinées (tout l&apos;atelier, les plus récentes d&apos;abord)</translation>
    </message>
    <message>
        <source>Blocked runs nobody has reviewed yet come first</source>
        <translation>Les exécutions bloquées que personne n&apos;a examinées viennent d&apos;abord</translation>
    </message>
    <message>
        <source>Asking the shop server…</source>
        <translation>Interrogation du serveur de l&apos;atelier…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>more than %1 runs listed</source>
        <translation>plus de %1 exécutions listées</translation>
    </message>
    <message>
        <source>The shop&apos;s runs cannot be listed: %1</source>
        <translation>Les exécutions de l&apos;atelier ne peuvent pas être listées&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reading run %1 of %2 from the shop server…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lecture de l&apos;exécution %1 sur %2 depuis le serveur de l&apos;atelier…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The shop server no longer lists this run.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le serveur de l&apos;atelier ne liste plus cette exécution.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Cannot read this run from the shop&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Impossible de lire cette exécution depuis l&apos;atelier&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>JobForm</name>
    <message>
        <source>Blade, material, machine</source>
        <translation>Lame, matériau, machine</translation>
    </message>
    <message>
        <source>Blade</source>
        <translation>Lame</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Cutting</source>
        <translation>Coupe</translation>
    </message>
    <message>
        <source>empty: one pass</source>
        <translation>vide&#xa0;: une passe</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Coupe</translation>
    </message>
    <message>
        <source>Stock (optional)</source>
        <translation>Brut (facultatif)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>— choose a blade —</source>
        <translation>— choisir une lame —</translation>
    </message>
    <message>
        <source>— choose a material —</source>
        <translation>— choisir un matériau —</translation>
    </message>
    <message>
        <source>not in the catalog</source>
        <translation>absent du catalogue</translation>
    </message>
    <message>
        <source>sent as %s %s</source>
        <translation>envoyé comme %s %s</translation>
    </message>
    <message>
        <source>cut.kind %s is not one of line, kerf_array, fret_slots</source>
        <translation>cut.kind %s n&apos;est pas line, kerf_array ou fret_slots</translation>
    </message>
    <message>
        <source>cut: ignored unknown field(s) %s</source>
        <translation>cut&#xa0;: champ(s) inconnu(s) ignoré(s) %s</translation>
    </message>
    <message>
        <source>cut must be an object; it was ignored</source>
        <translation>cut doit être un objet&#xa0;; il a été ignoré</translation>
    </message>
    <message>
        <source>ignored unknown field(s): %s</source>
        <translation>champ(s) inconnu(s) ignoré(s)&#xa0;: %s</translation>
    </message>
    <message>
        <source>the file&apos;s own feasibility was ignored; the app computes its own</source>
        <translation>la faisabilité indiquée dans le fichier a été ignorée&#xa0;; l&apos;application calcule la sienne</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <source>End X</source>
        <translation>X de fin</translation>
    </message>
    <message>
        <source>End Y</source>
        <translation>Y de fin</translation>
    </message>
    <message>
        <source>blade</source>
        <translation>lame</translation>
    </message>
    <message>
        <source>material</source>
        <translation>matériau</translation>
    </message>
    <message>
        <source>machine</source>
        <translation>machine</translation>
    </message>
    <message>
        <source>spindle rpm</source>
        <translation>vitesse de broche</translation>
    </message>
    <message>
        <source>feed</source>
        <translation>avance</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>profondeur</translation>
    </message>
    <message>
        <source>start X</source>
        <translation>X de début</translation>
    </message>
    <message>
        <source>start Y</source>
        <translation>Y de début</translation>
    </message>
    <message>
        <source>end X</source>
        <translation>X de fin</translation>
    </message>
    <message>
        <source>end Y</source>
        <translation>Y de fin</translation>
    </message>
    <message>
        <source>kerf length</source>
        <translation>longueur du trait</translation>
    </message>
    <message>
        <source>pitch</source>
        <translation>pas</translation>
    </message>
    <message>
        <source>number of kerfs</source>
        <translation>nombre de traits</translation>
    </message>
    <message>
        <source>scale length</source>
        <translation>diapason</translation>
    </message>
    <message>
        <source>frets</source>
        <translation>frettes</translation>
    </message>
    <message>
        <source>slot length</source>
        <translation>longueur de fente</translation>
    </message>
    <message>
        <source>stock length</source>
        <translation>longueur du brut</translation>
    </message>
    <message>
        <source>stock width</source>
        <translation>largeur du brut</translation>
    </message>
    <message>
        <source>stock thickness</source>
        <translation>épaisseur du brut</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Fret slots</source>
        <translation>Fentes de frettes</translation>
    </message>
    <message>
        <source>Frets</source>
        <translation>Frettes</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Nom du travail</translation>
    </message>
    <message>
        <source>Kerf array</source>
        <translation>Série de traits</translation>
    </message>
    <message>
        <source>Kerf length</source>
        <translation>Longueur du trait</translation>
    </message>
    <message>
        <source>Length (X)</source>
        <translation>Longueur (X)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Number of kerfs</source>
        <translation>Nombre de traits</translation>
    </message>
    <message>
        <source>Nut at Y</source>
        <translation>Sillet à Y</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Pitch (+Y)</source>
        <translation>Pas (+Y)</translation>
    </message>
    <message>
        <source>Scale length</source>
        <translation>Diapason</translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation>Longueur de fente</translation>
    </message>
    <message>
        <source>Slot start X</source>
        <translation>X de début de fente</translation>
    </message>
    <message>
        <source>Spindle</source>
        <translation>Broche</translation>
    </message>
    <message>
        <source>Start X</source>
        <translation>X de début</translation>
    </message>
    <message>
        <source>Start Y</source>
        <translation>Y de début</translation>
    </message>
    <message>
        <source>Stepdown</source>
        <translation>Passe en Z</translation>
    </message>
    <message>
        <source>Thickness</source>
        <translation>Épaisseur</translation>
    </message>
    <message>
        <source>Width (Y)</source>
        <translation>Largeur (Y)</translation>
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
        <translation>tr/min</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <source>%1&apos;s lease ran out at %2 (stale: can be claimed)</source>
        <translation>La réservation de %1 a expiré à %2 (périmée&#xa0;: peut être prise)</translation>
    </message>
    <message>
        <source>Running here since %1 (lease)</source>
        <translation>En cours ici depuis %1 (réservation)</translation>
    </message>
    <message>
        <source>Running on %1 since %2 (lease)</source>
        <translation>En cours sur %1 depuis %2 (réservation)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Done / total</source>
        <translation>Faites / total</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lease until %1 (renewed every 2 minutes while the holder works)</source>
        <translation>Réservé jusqu&apos;à %1 (renouvelé toutes les 2 minutes tant que le détenteur travaille)</translation>
    </message>
    <message>
        <source>job id %1</source>
        <translation>id de travail %1</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <source>Job orders · this station: %1</source>
        <translation>Commandes · cette station&#xa0;: %1</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Prendre</translation>
    </message>
    <message>
        <source>Take this order for this station (a lease, renewed while you work)</source>
        <translation>Prendre cette commande pour cette station (une réservation, renouvelée tant que vous travaillez)</translation>
    </message>
    <message>
        <source>Open job in form</source>
        <translation>Ouvrir le travail dans le formulaire</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Rendre</translation>
    </message>
    <message>
        <source>Hand the order back so another station can claim it</source>
        <translation>Rendre la commande pour qu&apos;une autre station puisse la prendre</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Terminer…</translation>
    </message>
    <message>
        <source>Report how many pieces were made; the claim is handed back</source>
        <translation>Indiquer combien de pièces ont été faites&#xa0;; la commande est rendue</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Unexpected error (see the log): %1</source>
        <translation>Erreur inattendue (voir le journal)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Order %1 is now held by this station.</source>
        <translation>La commande %1 est maintenant tenue par cette station.</translation>
    </message>
    <message>
        <source>Order %1 is held by this station until %2 (lease, renewed while working)</source>
        <translation>La commande %1 est tenue par cette station jusqu&apos;à %2 (réservation, renouvelée pendant le travail)</translation>
    </message>
    <message>
        <source>Order %1 is claimed by %2 since %3</source>
        <translation>La commande %1 est prise par %2 depuis %3</translation>
    </message>
    <message>
        <source>Order %1 was handed back.</source>
        <translation>La commande %1 a été rendue.</translation>
    </message>
    <message>
        <source>Complete order %1</source>
        <translation>Terminer la commande %1</translation>
    </message>
    <message>
        <source>Pieces made (%1 still to make):</source>
        <translation>Pièces faites (encore %1 à faire)&#xa0;:</translation>
    </message>
    <message>
        <source>Order %1: %2 of %3 made; %4.</source>
        <translation>Commande %1&#xa0;: %2 sur %3 faites&#xa0;; %4.</translation>
    </message>
    <message>
        <source>Claim lost: %1</source>
        <translation>Réservation perdue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LegendOverlay</name>
    <message>
        <source>Fold or unfold the legend</source>
        <translation>Replier ou déplier la légende</translation>
    </message>
    <message>
        <source>Legend ◂</source>
        <translation>Légende ◂</translation>
    </message>
    <message>
        <source>Legend ▾</source>
        <translation>Légende ▾</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <source>rapid</source>
        <translation>rapide</translation>
    </message>
    <message>
        <source>plunge</source>
        <translation>plongée</translation>
    </message>
    <message>
        <source>feed (cut)</source>
        <translation>avance (coupe)</translation>
    </message>
    <message>
        <source>retract</source>
        <translation>retrait</translation>
    </message>
    <message>
        <source>Seen from above, a %s is a point: drawn as this marker</source>
        <translation>Vu de dessus, un %s est un point&#xa0;: dessiné avec ce marqueur</translation>
    </message>
    <message>
        <source>kerf at the top surface</source>
        <translation>trait (surface)</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>brut</translation>
    </message>
    <message>
        <source>machine travel</source>
        <translation>course machine</translation>
    </message>
    <message>
        <source>outside the travel</source>
        <translation>hors course</translation>
    </message>
    <message>
        <source>blade at the first cut</source>
        <translation>lame, 1re coupe</translation>
    </message>
    <message>
        <source>kerf overrun at Z 0</source>
        <translation>dépassement du trait de scie à Z 0</translation>
    </message>
    <message>
        <source>selected line</source>
        <translation>ligne sélectionnée</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Copied: %s</source>
        <translation>Copié&#xa0;: %s</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Catalog file left out: %s</source>
        <translation>Fichier de catalogue ignoré&#xa0;: %s</translation>
    </message>
    <message>
        <source>Runs cannot be recorded: %s. Nothing can be generated until this is fixed: choose a writable runs directory in Tools ▸ Settings, or ask IT to give this account write access.</source>
        <translation>Les exécutions ne peuvent pas être enregistrées&#xa0;: %s. Rien ne peut être généré tant que ce n&apos;est pas corrigé&#xa0;: choisissez un dossier des exécutions accessible en écriture dans Outils ▸ Paramètres, ou demandez à l&apos;informatique l&apos;accès en écriture pour ce compte.</translation>
    </message>
    <message>
        <source>Not ready to generate. Still empty: %s.</source>
        <translation>Pas prêt à générer. Encore vide&#xa0;: %s.</translation>
    </message>
    <message>
        <source>Generate: fix the marked fields</source>
        <translation>Générer&#xa0;: corrigez les champs marqués</translation>
    </message>
    <message>
        <source>Record blocked attempt  (Ctrl+Enter)</source>
        <translation>Enregistrer la tentative bloquée  (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Acknowledge and generate…  (Ctrl+Enter)</source>
        <translation>Accepter et générer…  (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Generate  (Ctrl+Enter)</source>
        <translation>Générer  (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>RED or UNKNOWN: the attempt is recorded as BLOCKED for supervisor review; no G-code is made.</source>
        <translation>RED ou UNKNOWN&#xa0;: la tentative est enregistrée comme BLOCKED pour examen par le responsable&#xa0;; aucun code G n&apos;est produit.</translation>
    </message>
    <message>
        <source>Judge and generate; every attempt is recorded</source>
        <translation>Évaluer et générer&#xa0;; chaque tentative est enregistrée</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>RMOS Desktop — job: %1 (order %2)</source>
        <translation>RMOS Desktop — travail : %1 (commande %2)</translation>
    </message>
    <message>
        <source>RMOS Desktop — job: %1</source>
        <translation>RMOS Desktop — travail : %1</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Génération…</translation>
    </message>
    <message>
        <source>No G-code: the last attempt did not produce any.</source>
        <translation>Pas de code G&#xa0;: la dernière tentative n&apos;en a pas produit.</translation>
    </message>
    <message>
        <source>Open G-code for preview</source>
        <translation>Ouvrir un code G pour l&apos;aperçu</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>&amp;About RMOS Desktop</source>
        <translation>&amp;À propos de RMOS Desktop</translation>
    </message>
    <message>
        <source>&amp;Audit records…</source>
        <translation>&amp;Auditer les enregistrements…</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>Thème &amp;sombre</translation>
    </message>
    <message>
        <source>&amp;Export to USB…</source>
        <translation>&amp;Exporter sur USB…</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>&amp;New job</source>
        <translation>&amp;Nouveau travail</translation>
    </message>
    <message>
        <source>&amp;Open job…</source>
        <translation>&amp;Ouvrir un travail…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Save job as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>Page d&apos;&amp;accueil</translation>
    </message>
    <message>
        <source>&amp;Verify G-code file…</source>
        <translation>&amp;Vérifier un fichier de code G…</translation>
    </message>
    <message>
        <source>Job &amp;form</source>
        <translation>&amp;Formulaire</translation>
    </message>
    <message>
        <source>Open &amp;G-code for preview…</source>
        <translation>Ouvrir un code &amp;G pour l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Run &amp;history…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Read any G-code file into the preview (read-only; lines it cannot read are listed)</source>
        <translation>Ouvrir n&apos;importe quel fichier de code G dans l&apos;aperçu (lecture seule&#xa0;; les lignes illisibles sont listées)</translation>
    </message>
    <message>
        <source>Export the last OK run&apos;s G-code, verified by reading it back (Ctrl+E)</source>
        <translation>Exporter le code G de la dernière exécution OK, vérifié par relecture (Ctrl+E)</translation>
    </message>
    <message>
        <source>Show or hide the job form (Ctrl+J)</source>
        <translation>Afficher ou masquer le formulaire du travail (Ctrl+J)</translation>
    </message>
    <message>
        <source>Did this file come from a run here? (or drop a file here)</source>
        <translation>Ce fichier vient-il d&apos;une exécution d&apos;ici&#xa0;? (ou déposez un fichier ici)</translation>
    </message>
    <message>
        <source>Every recorded run: find a job, review blocked runs, compare, export, report (Ctrl+H)</source>
        <translation>Toutes les exécutions enregistrées&#xa0;: trouver un travail, examiner les bloquées, comparer, exporter, rapport (Ctrl+H)</translation>
    </message>
    <message>
        <source>Check every record and the ledger chain for changes (detects tampering, does not prevent it)</source>
        <translation>Contrôler chaque enregistrement et la chaîne du registre (détecte les falsifications, ne les empêche pas)</translation>
    </message>
    <message>
        <source>Generated and recorded as run %s. G-code SHA-256 %s</source>
        <translation>Généré et enregistré comme exécution %s. Code G SHA-256 %s</translation>
    </message>
    <message>
        <source>G-code SHA-256 %s</source>
        <translation>Code G SHA-256 %s</translation>
    </message>
    <message>
        <source>OK: run %s recorded</source>
        <translation>OK&#xa0;: exécution %s enregistrée</translation>
    </message>
    <message>
        <source>BLOCKED: %s
Recorded as run %s for supervisor review. No G-code was produced.</source>
        <translation>BLOCKED&#xa0;: %s
Enregistré comme exécution %s pour examen par le responsable. Aucun code G n&apos;a été produit.</translation>
    </message>
    <message>
        <source>BLOCKED: run %s recorded</source>
        <translation>BLOCKED&#xa0;: exécution %s enregistrée</translation>
    </message>
    <message>
        <source>%s: nothing was released</source>
        <translation>%s&#xa0;: rien n&apos;a été libéré</translation>
    </message>
    <message>
        <source>Not generated and nothing recorded: fix %s first (marked in red).</source>
        <translation>Non généré et rien enregistré&#xa0;: corrigez d&apos;abord %s (marqué en rouge).</translation>
    </message>
    <message>
        <source>Not generated: the warnings were not acknowledged.</source>
        <translation>Non généré&#xa0;: les avertissements n&apos;ont pas été acceptés.</translation>
    </message>
    <message>
        <source>Not recorded again: the same job was recorded a few seconds ago.</source>
        <translation>Pas enregistré à nouveau&#xa0;: le même travail a été enregistré il y a quelques secondes.</translation>
    </message>
    <message>
        <source>A generation is already running.</source>
        <translation>Une génération est déjà en cours.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Recent jobs</source>
        <translation>Travaux &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Travail</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>run %s could not be read</source>
        <translation>l&apos;exécution %s n&apos;a pas pu être lue</translation>
    </message>
</context>
<context>
    <name>OperatorPrompt</name>
    <message>
        <source>Who is at the saw?</source>
        <translation>Qui est à la scie&#xa0;?</translation>
    </message>
    <message>
        <source>Every run records its operator. Pick your name or type it (you can change it from the toolbar).</source>
        <translation>Chaque exécution enregistre son opérateur. Choisissez votre nom ou saisissez-le (modifiable depuis la barre d&apos;outils).</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <source>That&apos;s me</source>
        <translation>C&apos;est moi</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
</context>
<context>
    <name>PositionsTable</name>
    <message>
        <source>cut</source>
        <translation>coupe</translation>
    </message>
    <message>
        <source>kerf at the surface</source>
        <translation>trait de scie à la surface</translation>
    </message>
    <message>
        <source>blade centre</source>
        <translation>centre de la lame</translation>
    </message>
    <message>
        <source>X from (in)</source>
        <translation>X de (in)</translation>
    </message>
    <message>
        <source>X to (in)</source>
        <translation>X à (in)</translation>
    </message>
    <message>
        <source>Y (in)</source>
        <translation>Y (in)</translation>
    </message>
    <message>
        <source>from the nut (in)</source>
        <translation>depuis le sillet (in)</translation>
    </message>
    <message>
        <source>X from (mm)</source>
        <translation>X de (mm)</translation>
    </message>
    <message>
        <source>X to (mm)</source>
        <translation>X à (mm)</translation>
    </message>
    <message>
        <source>Y (mm)</source>
        <translation>Y (mm)</translation>
    </message>
    <message>
        <source>from the nut (mm)</source>
        <translation>depuis le sillet (mm)</translation>
    </message>
    <message>
        <source>G-code line</source>
        <translation>ligne de code G</translation>
    </message>
</context>
<context>
    <name>PreviewHeader</name>
    <message>
        <source>reading %p%</source>
        <translation>lecture %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PreviewLoading</name>
    <message>
        <source>Run %s</source>
        <translation>Exécution %s</translation>
    </message>
    <message>
        <source>Run %s is %s: no G-code was produced.</source>
        <translation>L&apos;exécution %s est %s : aucun code G n&apos;a été produit.</translation>
    </message>
    <message>
        <source>G-code matches the run&apos;s recorded SHA-256</source>
        <translation>Le code G correspond au SHA-256 enregistré de l&apos;exécution</translation>
    </message>
    <message>
        <source>G-code does NOT match the run&apos;s recorded SHA-256: changed after the run; readouts from this G-code</source>
        <translation>Le code G NE correspond PAS au SHA-256 enregistré de l&apos;exécution : modifié après ; mesures tirées de ce code G</translation>
    </message>
    <message>
        <source>%s (just generated)</source>
        <translation>%s (tout juste générée)</translation>
    </message>
    <message>
        <source>the file is not UTF-8; it was read as Latin-1</source>
        <translation>le fichier n&apos;est pas en UTF-8 ; il a été lu en Latin-1</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>Top X–Y</source>
        <translation>Dessus X–Y</translation>
    </message>
    <message>
        <source>Side X–Z</source>
        <translation>Côté X–Z</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>Fit job</source>
        <translation>Voir travail</translation>
    </message>
    <message>
        <source>Zoom to the toolpath and stock (wheel zooms, drag pans)</source>
        <translation>Zoomer sur la trajectoire et le brut (la molette zoome, glisser déplace)</translation>
    </message>
    <message>
        <source>Fit machine</source>
        <translation>Voir machine</translation>
    </message>
    <message>
        <source>Zoom out to the machine&apos;s whole travel</source>
        <translation>Dézoomer sur toute la course de la machine</translation>
    </message>
    <message>
        <source>Run %s (just generated)</source>
        <translation>Exécution %s (tout juste générée)</translation>
    </message>
    <message>
        <source>Run %s</source>
        <translation>Exécution %s</translation>
    </message>
    <message>
        <source>Loading %s…</source>
        <translation>Chargement de %s…</translation>
    </message>
    <message>
        <source>Could not show %s: %s</source>
        <translation>Impossible d&apos;afficher %s&#xa0;: %s</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Chargement annulé.</translation>
    </message>
    <message>
        <source>Generate a job, or open a run or a G-code file, to preview it.</source>
        <translation>Générez un travail, ou ouvrez une exécution ou un fichier de code G, pour l&apos;afficher.</translation>
    </message>
    <message>
        <source>Assumed at X 0, Y 0, top surface at Z 0</source>
        <translation>Supposé à X 0, Y 0, surface supérieure à Z 0</translation>
    </message>
    <message>
        <source>Click a G-code line or a move in the plot, or step with ◀ ▶.</source>
        <translation>Cliquez sur une ligne de code G ou un mouvement du tracé, ou avancez avec ◀ ▶.</translation>
    </message>
    <message>
        <source>The blade (its disc seen from the side) at the start and end of the first cut, line %d; the kerf reaches %.1f mm beyond the blade centre&apos;s travel at the top surface</source>
        <translation>La lame (son disque vu de côté) au début et à la fin de la première coupe, ligne %d&#xa0;; le trait de scie dépasse de %.1f mm la course du centre de la lame à la surface</translation>
    </message>
    <message>
        <source>line %d: no motion</source>
        <translation>ligne %d&#xa0;: aucun mouvement</translation>
    </message>
    <message>
        <source> (%d moves)</source>
        <translation> (%d mouvements)</translation>
    </message>
    <message>
        <source>move %s of %s · line %d · %s%s → X %s Y %s Z %s</source>
        <translation>mouvement %s sur %s · ligne %d · %s%s → X %s Y %s Z %s</translation>
    </message>
    <message>
        <source>The G-code is in millimetres (G21) whatever units the readouts use.</source>
        <translation>Le code G est en millimètres (G21), quelles que soient les unités des affichages.</translation>
    </message>
    <message>
        <source>%s showing %s of %s segments</source>
        <translation>%s&#xa0;: %s segments affichés sur %s</translation>
    </message>
    <message>
        <source>kerf footprint showing %s of %s cutting moves</source>
        <translation>empreinte du trait de scie&#xa0;: %s mouvements de coupe affichés sur %s</translation>
    </message>
    <message>
        <source>outside-travel marks on %s of %s moves</source>
        <translation>marques hors course sur %s mouvements sur %s</translation>
    </message>
    <message>
        <source>Thinned for drawing only, every move is checked: %s</source>
        <translation>Allégé pour le dessin seulement, chaque mouvement est contrôlé&#xa0;: %s</translation>
    </message>
    <message>
        <source>All %s moves drawn.</source>
        <translation>Les %s mouvements sont dessinés.</translation>
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
        <translation>aucun mouvement</translation>
    </message>
    <message>
        <source>feed %s in · rapid %s in</source>
        <translation>avance %s in · rapide %s in</translation>
    </message>
    <message>
        <source>feed %s mm · rapid %s mm</source>
        <translation>avance %s mm · rapide %s mm</translation>
    </message>
    <message>
        <source>%d cuts × %d passes</source>
        <translation>%d coupes × %d passes</translation>
    </message>
    <message>
        <source>%s cutting moves</source>
        <translation>%s mouvements de coupe</translation>
    </message>
    <message>
        <source>est. %s</source>
        <translation>env. %s</translation>
    </message>
    <message>
        <source>Estimated run time, %s s (acceleration included, spin-up dwell included)</source>
        <translation>Durée d&apos;exécution estimée, %s s (accélération comprise, temporisation de démarrage comprise)</translation>
    </message>
    <message>
        <source>✔ inside the machine&apos;s travel</source>
        <translation>✔ dans la course de la machine</translation>
    </message>
    <message>
        <source>✖ OUTSIDE the machine&apos;s travel: %s moves, first at line %d</source>
        <translation>✖ HORS de la course de la machine&#xa0;: %s mouvements, le premier à la ligne %d</translation>
    </message>
    <message>
        <source>? travel not checked (no machine profile)</source>
        <translation>? course non contrôlée (pas de profil machine)</translation>
    </message>
    <message>
        <source>from the run&apos;s record</source>
        <translation>d&apos;après l&apos;enregistrement de l&apos;exécution</translation>
    </message>
    <message>
        <source>computed from the moves</source>
        <translation>calculé à partir des mouvements</translation>
    </message>
    <message>
        <source>computed from the moves of this G-code, which does not match the run&apos;s record</source>
        <translation>calculé à partir des mouvements de ce code G, qui ne correspond pas à l&apos;enregistrement de l&apos;exécution</translation>
    </message>
    <message>
        <source>the G-code itself is in millimetres (G21)</source>
        <translation>le code G lui-même est en millimètres (G21)</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>%s lines were not understood (marked ! in the text); the plot leaves out what they mean.</source>
        <translation>%s lignes n&apos;ont pas été comprises (marquées ! dans le texte)&#xa0;; le tracé omet ce qu&apos;elles signifient.</translation>
    </message>
    <message>
        <source>The first %d are listed.</source>
        <translation>Les %d premières sont listées.</translation>
    </message>
    <message>
        <source>line %d: %s — %s</source>
        <translation>ligne %d&#xa0;: %s — %s</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>YELLOW: acknowledge the warnings</source>
        <translation>YELLOW : confirmer les avertissements</translation>
    </message>
    <message>
        <source>This job is YELLOW. Read the warnings before generating:</source>
        <translation>Ce travail est YELLOW. Lisez les avertissements avant de générer :</translation>
    </message>
    <message>
        <source>Acknowledge and generate</source>
        <translation>Confirmer et générer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Record the same job again?</source>
        <translation>Enregistrer à nouveau le même travail ?</translation>
    </message>
    <message>
        <source>This exact job was recorded a few seconds ago. Every Generate is recorded as a run; record another?</source>
        <translation>Ce même travail a été enregistré il y a quelques secondes. Chaque génération est enregistrée comme une exécution ; en enregistrer une autre ?</translation>
    </message>
    <message>
        <source>Record another run</source>
        <translation>Enregistrer une autre exécution</translation>
    </message>
    <message>
        <source>Don&apos;t record</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Discard the typed job?</source>
        <translation>Abandonner le travail saisi ?</translation>
    </message>
    <message>
        <source>The form has edits that are not saved. Start a new job anyway?</source>
        <translation>Le formulaire contient des modifications non enregistrées. Commencer quand même un nouveau travail ?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review run %1</source>
        <translation>Examiner l&apos;exécution %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>The review is kept as its own record next to the run; the run&apos;s record is never changed.</source>
        <translation>L&apos;examen est conservé comme enregistrement distinct à côté de l&apos;exécution&#xa0;; l&apos;enregistrement de l&apos;exécution n&apos;est jamais modifié.</translation>
    </message>
    <message>
        <source>Record review</source>
        <translation>Enregistrer l&apos;examen</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Examinateur</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>What you found and what happens next (optional)</source>
        <translation>Ce que vous avez constaté et la suite (facultatif)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Enter the reviewer&apos;s name.</source>
        <translation>Saisissez le nom de l&apos;examinateur.</translation>
    </message>
    <message>
        <source>The note is longer than 2000 characters.</source>
        <translation>La note dépasse 2000 caractères.</translation>
    </message>
</context>
<context>
    <name>RiskBadge</name>
    <message>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>score %s</source>
        <translation>score %s</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>calculator</source>
        <translation>calcul</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>limit / band</source>
        <translation>limite / plage</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>why</source>
        <translation>pourquoi</translation>
    </message>
    <message>
        <source>Power is an estimate (constant kc). Bands are good practice; RED rows are hard gates.</source>
        <translation>La puissance est une estimation (kc constant). Les plages sont de bonnes pratiques&#xa0;; les lignes RED sont des blocages stricts.</translation>
    </message>
    <message>
        <source>Warnings: </source>
        <translation>Avertissements&#xa0;: </translation>
    </message>
    <message>
        <source>Would be BLOCKED: %s</source>
        <translation>Serait BLOCKED&#xa0;: %s</translation>
    </message>
    <message numerus="yes">
        <source>YELLOW: generating asks you to acknowledge %n warning(s).</source>
        <translation>
            <numerusform>YELLOW&#xa0;: générer demande d&apos;accepter %n avertissement.</numerusform>
            <numerusform>YELLOW&#xa0;: générer demande d&apos;accepter %n avertissements.</numerusform>
        </translation>
    </message>
    <message>
        <source>%d checks GREEN</source>
        <translation>%d contrôles GREEN</translation>
    </message>
    <message>
        <source>%d check GREEN</source>
        <translation>%d contrôle GREEN</translation>
    </message>
    <message>
        <source>%d n/a</source>
        <translation>%d n/a</translation>
    </message>
    <message>
        <source>Show or hide the checks that passed</source>
        <translation>Afficher ou masquer les contrôles réussis</translation>
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
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Decision — every calculator</source>
        <translation>Décision — tous les calculs</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Hashes (SHA-256)</source>
        <translation>Empreintes (SHA-256)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Examens</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériau</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Job / order</source>
        <translation>Travail / commande</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Version de l&apos;app</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Artifact file</source>
        <translation>Fichier d&apos;artefact</translation>
    </message>
    <message>
        <source>Extents</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>Path length</source>
        <translation>Longueur de trajet</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Durée estimée</translation>
    </message>
    <message>
        <source>Cuts × passes</source>
        <translation>Coupes × passes</translation>
    </message>
    <message>
        <source>G-code</source>
        <translation>Code G</translation>
    </message>
    <message>
        <source>G-code file</source>
        <translation>Fichier de code G</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Why it was blocked</source>
        <translation>Pourquoi bloquée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Warnings acknowledged by</source>
        <translation>Avertissements acquittés par</translation>
    </message>
    <message>
        <source>Input error</source>
        <translation>Erreur de saisie</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Values in inches; the record is in millimetres.</source>
        <translation>Valeurs en pouces ; l&apos;enregistrement est en millimètres.</translation>
    </message>
    <message>
        <source>calculator</source>
        <translation>calcul</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>limit / band</source>
        <translation>limite / plage</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>why</source>
        <translation>pourquoi</translation>
    </message>
    <message>
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <source>when</source>
        <translation>quand</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>examinateur</translation>
    </message>
    <message>
        <source>disposition</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risque</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copier</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Aucun enregistré.</translation>
    </message>
    <message>
        <source>None recorded — this BLOCKED run awaits review.</source>
        <translation>Aucun enregistré — cette exécution BLOCKED attend un examen.</translation>
    </message>
    <message>
        <source>No G-code (nothing was generated).</source>
        <translation>Pas de code G (rien n&apos;a été généré).</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>RMOS Desktop run report</source>
        <translation>Rapport d&apos;exécution RMOS Desktop</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <source>Report made by RMOS Desktop %1. Ledger head at print time: %2. Check the artifact with: %3.</source>
        <translation>Rapport établi par RMOS Desktop %1. État du registre à l&apos;impression&#xa0;: %2. Contrôler l&apos;artefact avec&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Run %1 · artifact SHA-256 %2</source>
        <translation>Exécution %1 · artefact SHA-256 %2</translation>
    </message>
    <message>
        <source> · ledger head %1</source>
        <translation> · état du registre %1</translation>
    </message>
    <message>
        <source> · no ledger</source>
        <translation> · pas de registre</translation>
    </message>
    <message>
        <source>RMOS Desktop — run report</source>
        <translation>RMOS Desktop — rapport d&apos;exécution</translation>
    </message>
</context>
<context>
    <name>RunStrip</name>
    <message>
        <source>Copy id</source>
        <translation>Copier l&apos;id</translation>
    </message>
    <message>
        <source>Details ▸</source>
        <translation>Détails ▸</translation>
    </message>
    <message>
        <source>Export to USB…  (Ctrl+E)</source>
        <translation>Exporter sur USB…  (Ctrl+E)</translation>
    </message>
    <message>
        <source>Show preview ▴</source>
        <translation>Afficher l&apos;aperçu ▴</translation>
    </message>
    <message>
        <source>The preview is folded while the job is edited; show it again</source>
        <translation>L&apos;aperçu est replié pendant la modification du travail ; l&apos;afficher à nouveau</translation>
    </message>
    <message>
        <source>Copy hash</source>
        <translation>Copier l&apos;empreinte</translation>
    </message>
    <message>
        <source>Open artifact folder</source>
        <translation>Ouvrir le dossier des artefacts</translation>
    </message>
    <message>
        <source>Run id</source>
        <translation>Id d&apos;exécution</translation>
    </message>
    <message>
        <source>G-code SHA-256</source>
        <translation>Code G SHA-256</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Pas encore d&apos;exécution</translation>
    </message>
    <message>
        <source>Run %s</source>
        <translation>Exécution %s</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>checking the records…</source>
        <translation>contrôle des enregistrements…</translation>
    </message>
    <message>
        <source>same bytes as run %s</source>
        <translation>mêmes octets que l&apos;exécution %s</translation>
    </message>
    <message>
        <source>not recorded here</source>
        <translation>pas enregistré ici</translation>
    </message>
    <message>
        <source>job changed since this run</source>
        <translation>travail modifié depuis cette exécution</translation>
    </message>
    <message>
        <source>Recorded %s</source>
        <translation>Enregistré %s</translation>
    </message>
    <message>
        <source>Details ▾</source>
        <translation>Détails ▾</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Runs directory</source>
        <translation>Dossier des exécutions</translation>
    </message>
    <message>
        <source>In use now: %1
(from %2; precedence: --runs-dir, RMOS_RUNS_DIR, this setting, the default). A folder shared by several accounts is fine.</source>
        <translation>Utilisé maintenant&#xa0;: %1
(depuis %2&#xa0;; priorité&#xa0;: --runs-dir, RMOS_RUNS_DIR, ce paramètre, la valeur par défaut). Un dossier partagé par plusieurs comptes convient.</translation>
    </message>
    <message>
        <source>Archive old runs… (supervisor)</source>
        <translation>Archiver les anciennes exécutions… (responsable)</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Default machine</source>
        <translation>Machine par défaut</translation>
    </message>
    <message>
        <source>recorded in every run</source>
        <translation>enregistré dans chaque exécution</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Nom de l&apos;opérateur</translation>
    </message>
    <message>
        <source>UI scale (touch screens, gloves)</source>
        <translation>Échelle de l&apos;interface (écrans tactiles, gants)</translation>
    </message>
    <message>
        <source>Millimetres (mm, mm/min)</source>
        <translation>Millimètres (mm, mm/min)</translation>
    </message>
    <message>
        <source>Inches (in, in/min)</source>
        <translation>Pouces (in, in/min)</translation>
    </message>
    <message>
        <source>Lengths and feeds in the form, the risk panel, the preview and history. Applied at once.</source>
        <translation>Longueurs et avances dans le formulaire, le panneau de risque, l&apos;aperçu et l&apos;historique. Appliqué aussitôt.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Job files, records, hashes and the G-code (G21) stay in millimetres.</source>
        <translation>Les fichiers de travail, les enregistrements, les hachages et le code G (G21) restent en millimètres.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Par défaut du système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language shows the next time RMOS Desktop starts. Files, logs and the command line stay English.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de RMOS Desktop. Les fichiers, les journaux et la ligne de commande restent en anglais.</translation>
    </message>
    <message>
        <source>the settings file</source>
        <translation>le fichier de paramètres</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>la valeur par défaut</translation>
    </message>
</context>
<context>
    <name>ShopIntegration</name>
    <message>
        <source>Not generated under job order %1: the form is not a complete job (%2); nothing was generated or recorded.</source>
        <translation>Non généré sous la commande %1&#xa0;: le formulaire n&apos;est pas un travail complet (%2)&#xa0;; rien n&apos;a été généré ni enregistré.</translation>
    </message>
    <message>
        <source>Not generated under job order %1: it cannot be checked (%2); nothing was generated or recorded.</source>
        <translation>Non généré sous la commande %1&#xa0;: elle ne peut pas être vérifiée (%2)&#xa0;; rien n&apos;a été généré ni enregistré.</translation>
    </message>
    <message>
        <source>Not generated: job order %1 is claimed by %2, not held by this station (%3). Claim it again in Job orders; nothing was generated or recorded.</source>
        <translation>Non généré&#xa0;: la commande %1 est prise par %2, pas par cette station (%3). Reprenez-la dans Commandes&#xa0;; rien n&apos;a été généré ni enregistré.</translation>
    </message>
    <message>
        <source>Not generated: job order %1 is no longer claimed (its lease ran out or it was released), not held by this station (%2). Claim it again in Job orders; nothing was generated or recorded.</source>
        <translation>Non généré&#xa0;: la commande %1 n&apos;est plus prise (sa réservation a expiré ou elle a été rendue), cette station (%2) ne la tient pas. Reprenez-la dans Commandes&#xa0;; rien n&apos;a été généré ni enregistré.</translation>
    </message>
    <message>
        <source>Not generated: the form is no longer the job of order %1 (its request hash %2… differs from the order&apos;s %3…). Open the order&apos;s job again from Job orders, or start a new job to generate outside the order; nothing was generated or recorded.</source>
        <translation>Non généré&#xa0;: le formulaire n&apos;est plus le travail de la commande %1 (son hachage de requête %2… diffère de celui de la commande, %3…). Rouvrez le travail de la commande depuis Commandes, ou commencez un nouveau travail pour générer hors commande&#xa0;; rien n&apos;a été généré ni enregistré.</translation>
    </message>
    <message>
        <source>Daily checkpoint of ledger line %s signed</source>
        <translation>Point de contrôle quotidien de la ligne %s du registre signé</translation>
    </message>
    <message>
        <source>Daily checkpoint not made: %s (Tools ▸ Audit tells more)</source>
        <translation>Point de contrôle quotidien non créé&#xa0;: %s (plus dans Outils ▸ Auditer les enregistrements)</translation>
    </message>
    <message>
        <source>&amp;Job orders…</source>
        <translation>&amp;Commandes…</translation>
    </message>
    <message>
        <source>The shop&apos;s job orders: claim one, open its job, generate under it</source>
        <translation>Les commandes de l&apos;atelier&#xa0;: en prendre une, ouvrir son travail, générer sous elle</translation>
    </message>
    <message>
        <source>Job orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>No shop server is configured (Settings or RMOS_SHOP_URL)</source>
        <translation>Aucun serveur d&apos;atelier n&apos;est configuré (Paramètres ou RMOS_SHOP_URL)</translation>
    </message>
    <message>
        <source>Job order %s holds no job the form can open.</source>
        <translation>La commande %s ne contient aucun travail que le formulaire puisse ouvrir.</translation>
    </message>
    <message>
        <source>Job order %s is open: Generate runs under it while this station holds its claim</source>
        <translation>La commande %s est ouverte&#xa0;: Générer s&apos;exécute sous elle tant que cette station la tient</translation>
    </message>
    <message>
        <source>This station no longer holds job order %s: Generate will refuse to run under it</source>
        <translation>Cette station ne tient plus la commande %s&#xa0;: Générer refusera de s&apos;exécuter sous elle</translation>
    </message>
    <message>
        <source>Not generated under the job order: nothing recorded</source>
        <translation>Non généré sous la commande&#xa0;: rien n&apos;a été enregistré</translation>
    </message>
</context>
<context>
    <name>ShopStatusLabel</name>
    <message>
        <source>Shop server status</source>
        <translation>État du serveur de l&apos;atelier</translation>
    </message>
    <message>
        <source>Shop server: %1</source>
        <translation>Serveur de l&apos;atelier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the environment</source>
        <translation>l&apos;environnement</translation>
    </message>
    <message>
        <source>the settings file</source>
        <translation>le fichier de paramètres</translation>
    </message>
    <message>
        <source>shop: checking…</source>
        <translation>atelier&#xa0;: vérification…</translation>
    </message>
    <message>
        <source>shop: sync refused</source>
        <translation>atelier&#xa0;: synchronisation refusée</translation>
    </message>
    <message>
        <source>shop: offline since %1</source>
        <translation>atelier&#xa0;: hors ligne depuis %1</translation>
    </message>
    <message>
        <source>shop: %1 record waiting</source>
        <translation>atelier&#xa0;: %1 enregistrement en attente</translation>
    </message>
    <message>
        <source>shop: %1 records waiting</source>
        <translation>atelier&#xa0;: %1 enregistrements en attente</translation>
    </message>
    <message>
        <source>shop: up to date</source>
        <translation>atelier&#xa0;: à jour</translation>
    </message>
    <message>
        <source>This station: %1 (from %2)</source>
        <translation>Cette station&#xa0;: %1 (d&apos;après %2)</translation>
    </message>
    <message>
        <source>Records waiting: %1</source>
        <translation>Enregistrements en attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Click to sync now.</source>
        <translation>Cliquez pour synchroniser maintenant.</translation>
    </message>
</context>
<context>
    <name>ShopWorkflow</name>
    <message>
        <source>There is no override of a safety block. A blocked job is recorded for supervisor review; the route to allowing it is a reviewed change to the shop&apos;s catalog (blade, material or machine entries) or to the safety policy.</source>
        <translation>Un blocage de sécurité ne se contourne pas. Un travail bloqué est enregistré pour examen par le responsable&#xa0;; le moyen de l&apos;autoriser est une modification examinée du catalogue de l&apos;atelier (entrées de lame, de matériau ou de machine) ou de la politique de sécurité.</translation>
    </message>
    <message>
        <source>unreadable now: %1</source>
        <translation>illisible actuellement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Shop server not used: %1</source>
        <translation>Serveur de l&apos;atelier non utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Shop server: %1 · station %2 (from %3)</source>
        <translation>Serveur de l&apos;atelier&#xa0;: %1 · station %2 (d&apos;après %3)</translation>
    </message>
    <message>
        <source>Open job</source>
        <translation>Ouvrir un travail</translation>
    </message>
    <message>
        <source>Job files (*.json)</source>
        <translation>Fichiers de travail (*.json)</translation>
    </message>
    <message>
        <source>Could not open the job: %s</source>
        <translation>Impossible d&apos;ouvrir le travail&#xa0;: %s</translation>
    </message>
    <message>
        <source>Opened %s</source>
        <translation>Ouvert %s</translation>
    </message>
    <message>
        <source>(no recent jobs)</source>
        <translation>(aucun travail récent)</translation>
    </message>
    <message>
        <source>Save job as</source>
        <translation>Enregistrer le travail sous</translation>
    </message>
    <message>
        <source>Could not save the job to %s: %s</source>
        <translation>Impossible d&apos;enregistrer le travail dans %s&#xa0;: %s</translation>
    </message>
    <message>
        <source>Saved %s</source>
        <translation>Enregistré %s</translation>
    </message>
    <message>
        <source>Settings could not be saved: %s</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés&#xa0;: %s</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>operator: %s ▾</source>
        <translation>opérateur&#xa0;: %s ▾</translation>
    </message>
    <message>
        <source>Who is at the saw (recorded with every run). Runs: %s</source>
        <translation>Qui est à la scie (enregistré avec chaque exécution). Exécutions&#xa0;: %s</translation>
    </message>
    <message>
        <source>Someone else…</source>
        <translation>Quelqu&apos;un d&apos;autre…</translation>
    </message>
    <message>
        <source>Nobody (runs say —)</source>
        <translation>Personne (les exécutions indiquent —)</translation>
    </message>
    <message>
        <source>RMOS Desktop %s</source>
        <translation>RMOS Desktop %s</translation>
    </message>
    <message>
        <source>Data directory: %s</source>
        <translation>Dossier de données&#xa0;: %s</translation>
    </message>
    <message>
        <source>Runs directory: %s (from %s)</source>
        <translation>Dossier des exécutions&#xa0;: %s (d&apos;après %s)</translation>
    </message>
    <message>
        <source>Settings and shop catalog files: %s</source>
        <translation>Paramètres et fichiers de catalogue de l&apos;atelier&#xa0;: %s</translation>
    </message>
    <message>
        <source>Log file: %s</source>
        <translation>Fichier journal&#xa0;: %s</translation>
    </message>
    <message>
        <source>Catalog: %s (SHA-256 %s…)</source>
        <translation>Catalogue&#xa0;: %s (SHA-256 %s…)</translation>
    </message>
    <message>
        <source>Audit ledger head: %s</source>
        <translation>État du registre d&apos;audit&#xa0;: %s</translation>
    </message>
    <message>
        <source>no runs recorded yet</source>
        <translation>aucune exécution enregistrée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Shop catalog in force: %s (SHA-256 %s)</source>
        <translation>Catalogue de l&apos;atelier en vigueur&#xa0;: %s (SHA-256 %s)</translation>
    </message>
    <message>
        <source>Station key: %s (public key: %s)</source>
        <translation>Clé du poste&#xa0;: %s (clé publique&#xa0;: %s)</translation>
    </message>
    <message>
        <source>Station key: none usable — records are not signed (see the log file)</source>
        <translation>Clé du poste&#xa0;: aucune utilisable — les enregistrements ne sont pas signés (voir le fichier journal)</translation>
    </message>
</context>
<context>
    <name>SourceSwitch</name>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>Whole shop</source>
        <translation>Tout l&apos;atelier</translation>
    </message>
    <message>
        <source>Every station&apos;s runs, from the shop server</source>
        <translation>Les exécutions de toutes les stations, depuis le serveur de l&apos;atelier</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to RMOS Desktop.</source>
        <translation>Bienvenue dans RMOS Desktop.</translation>
    </message>
    <message>
        <source>Counting the runs recorded here…</source>
        <translation>Comptage des exécutions enregistrées ici…</translation>
    </message>
    <message>
        <source>Open an example job to see how the risk panel judges it:</source>
        <translation>Ouvrez un travail d&apos;exemple pour voir comment le panneau de risque l&apos;évalue&#xa0;:</translation>
    </message>
    <message>
        <source>Every attempt to generate is recorded in %s (change it in Tools ▸ Settings). More example jobs are in %s.</source>
        <translation>Chaque tentative de génération est enregistrée dans %s (modifiable dans Outils ▸ Paramètres). D&apos;autres travaux d&apos;exemple sont dans %s.</translation>
    </message>
    <message>
        <source>The run index cannot say how many runs are recorded here.</source>
        <translation>L&apos;index des exécutions ne peut pas dire combien d&apos;exécutions sont enregistrées ici.</translation>
    </message>
    <message>
        <source>No runs are recorded here yet.</source>
        <translation>Aucune exécution n&apos;est encore enregistrée ici.</translation>
    </message>
    <message>
        <source>%d runs recorded here</source>
        <translation>%d exécutions enregistrées ici</translation>
    </message>
    <message>
        <source>%d run recorded here</source>
        <translation>%d exécution enregistrée ici</translation>
    </message>
    <message>
        <source> (Tools ▸ Run history).</source>
        <translation> (Outils ▸ Historique des exécutions).</translation>
    </message>
    <message>
        <source>%d blocked runs await supervisor review.</source>
        <translation>%d exécutions bloquées attendent l&apos;examen du responsable.</translation>
    </message>
    <message>
        <source>Fret slots, 648 mm scale</source>
        <translation>Fentes de frettes, diapason 648 mm</translation>
    </message>
    <message>
        <source>Over-speed (RED, blocked)</source>
        <translation>Survitesse (RED, bloqué)</translation>
    </message>
    <message>
        <source>Side kerfs (kerf array)</source>
        <translation>Traits latéraux (série de traits)</translation>
    </message>
    <message>
        <source>Veneer trim (GREEN)</source>
        <translation>Rognage de placage (GREEN)</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>First move</source>
        <translation>Premier mouvement</translation>
    </message>
    <message>
        <source>Previous move</source>
        <translation>Mouvement précédent</translation>
    </message>
    <message>
        <source>Next move</source>
        <translation>Mouvement suivant</translation>
    </message>
    <message>
        <source>Last move</source>
        <translation>Dernier mouvement</translation>
    </message>
    <message>
        <source>Walk through the program move by move</source>
        <translation>Parcourir le programme mouvement par mouvement</translation>
    </message>
</context>
<context>
    <name>SummaryRow</name>
    <message>
        <source>Show the blocked runs nobody has reviewed yet</source>
        <translation>Afficher les exécutions bloquées que personne n&apos;a examinées</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) listed</source>
        <translation>
            <numerusform>%n exécution listée</numerusform>
            <numerusform>%n exécutions listées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked run(s) awaiting review ▸</source>
        <translation>
            <numerusform>%n exécution bloquée en attente d&apos;examen ▸</numerusform>
            <numerusform>%n exécutions bloquées en attente d&apos;examen ▸</numerusform>
        </translation>
    </message>
    <message>
        <source>No blocked runs awaiting review</source>
        <translation>Aucune exécution bloquée en attente d&apos;examen</translation>
    </message>
</context>
<context>
    <name>ToolpathPlot</name>
    <message>
        <source>Top view (X–Y)</source>
        <translation>Vue de dessus (X–Y)</translation>
    </message>
    <message>
        <source>Side view (X–Z)</source>
        <translation>Vue de côté (X–Z)</translation>
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
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1  (%2 bytes)</source>
        <translation>SHA-256&#xa0;: %1  (%2 octets)</translation>
    </message>
    <message>
        <source>Run %1  %2  %3  %4  %5</source>
        <translation>Exécution %1  %2  %3  %4  %5</translation>
    </message>
    <message>
        <source>decision: %1</source>
        <translation>décision&#xa0;: %1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>FAILED (%1)</source>
        <translation>ÉCHEC (%1)</translation>
    </message>
    <message>
        <source>exported %1 to %2 as %3: %4</source>
        <translation>exporté %1 vers %2 sous %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>concorde</translation>
    </message>
    <message>
        <source>DISAGREES: %1</source>
        <translation>DISCORDANT&#xa0;: %1</translation>
    </message>
    <message>
        <source>Provenance file: %1</source>
        <translation>Fichier de provenance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checksum file: %1</source>
        <translation>Fichier de somme de contrôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>DISAGREES</source>
        <translation>DISCORDANT</translation>
    </message>
    <message>
        <source>MATCH: these exact bytes were produced by run(s) %1.</source>
        <translation>MATCH&#xa0;: ces octets exacts ont été produits par la ou les exécutions %1.</translation>
    </message>
    <message>
        <source>Bytes match run(s) %1, but none of them is an OK run.</source>
        <translation>Les octets correspondent à la ou aux exécutions %1, mais aucune n&apos;est une exécution OK.</translation>
    </message>
    <message>
        <source>The provenance file beside it disagrees: %1.</source>
        <translation>Le fichier de provenance à côté est discordant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>NO MATCH: this file differs from run %1 only in its line endings (%2 instead of LF, as an editor or a Windows copy makes them). It is not the file that was exported; export the run again rather than using this copy.</source>
        <translation>NO MATCH&#xa0;: ce fichier ne diffère de l&apos;exécution %1 que par ses fins de ligne (%2 au lieu de LF, comme les produit un éditeur ou une copie sous Windows). Ce n&apos;est pas le fichier exporté&#xa0;; exportez à nouveau l&apos;exécution au lieu d&apos;utiliser cette copie.</translation>
    </message>
    <message>
        <source>NO MATCH: no run on this workstation produced these bytes — it was not produced here, or it was modified after export.</source>
        <translation>NO MATCH&#xa0;: aucune exécution de ce poste n&apos;a produit ces octets — il n&apos;a pas été produit ici, ou il a été modifié après l&apos;export.</translation>
    </message>
    <message>
        <source>%1 (UTC %2)</source>
        <translation>%1 (UTC %2)</translation>
    </message>
    <message>
        <source>Verify G-code file</source>
        <translation>Vérifier un fichier de code G</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>G-code (*.nc *.gcode *.ngc *.tap *.txt);;All files (*)</source>
        <translation>Code G (*.nc *.gcode *.ngc *.tap *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Verify G-code file</source>
        <translation>Vérifier un fichier de code G</translation>
    </message>
    <message>
        <source>Verifying %s…</source>
        <translation>Vérification de %s…</translation>
    </message>
    <message>
        <source>Could not verify %s: %s</source>
        <translation>Impossible de vérifier %s&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong: %s: %s</source>
        <translation>Une erreur s&apos;est produite&#xa0;: %s&#xa0;: %s</translation>
    </message>
    <message>
        <source>The app keeps running; nothing you recorded is lost.</source>
        <translation>L&apos;application continue&#xa0;; rien de ce qui a été enregistré n&apos;est perdu.</translation>
    </message>
    <message>
        <source>The details are in the log file %s</source>
        <translation>Les détails sont dans le fichier journal %s</translation>
    </message>
</context>
</TS>
