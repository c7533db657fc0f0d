<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>La clé d&apos;un responsable (créée avec `rmos keys init`, gardée hors de ce poste) ajoute sa signature au dernier point de contrôle : une réécriture ultérieure des enregistrements couverts est alors détectée</translation>
    </message>
    <message>
        <source>none usable: records are not signed (the log file says why)</source>
        <translation>aucune utilisable : les enregistrements ne sont pas signés (le fichier journal dit pourquoi)</translation>
    </message>
    <message>
        <source>Its public key (to check the records elsewhere): %1</source>
        <translation>Sa clé publique (pour vérifier les enregistrements ailleurs) : %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
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
        <translation>taille %1 (lignes du registre 1–%1), créé %2 ; signé par %3 ; contresigné par : %4</translation>
    </message>
    <message>
        <source>it could not be recorded: %1</source>
        <translation>il n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Nothing was signed: %1</source>
        <translation>Rien n&apos;a été signé : %1</translation>
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
        <translation>Vérifié : %1
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
        <translation>Aucun point de contrôle ne couvrait les derniers enregistrements : un point de la ligne %1 a d&apos;abord été créé. </translation>
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
        <translation>Valeurs en pouces ; l'enregistrement est en millimètres.</translation>
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
