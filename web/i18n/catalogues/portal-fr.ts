import type { portalEn } from './portal-en.ts';

/** Portail de données (responsables des données des administrations). */
export const portalFr: Record<keyof typeof portalEn, string> = {
  'nav.portal': 'Portail de données',
  'portal.title': 'Portail de données des administrations',
  'portal.intro':
    'Mettez à jour les points de service de votre administration à partir d’un fichier CSV : vérifiez-le, prévisualisez les changements, publiez, et revenez en arrière au besoin. Rien n’est publié avant votre confirmation.',
  'portal.signIn': 'Se connecter',
  'portal.signOut': 'Se déconnecter',
  'portal.jurisdiction': 'Administration',
  'portal.token': 'Jeton de téléversement',
  'portal.tokenHelp':
    'Votre administrateur vous remet un jeton pour votre administration. Il n’est conservé que dans cet onglet.',
  'portal.signedIn': 'Connecté pour {name}.',
  'portal.signInFailed': 'Connexion refusée : {message}',
  'portal.upload': 'Téléverser un fichier',
  'portal.dropHint': 'Déposez un fichier CSV ici, ou choisissez-en un.',
  'portal.chooseFile': 'Choisir un fichier CSV',
  'portal.formats':
    'UTF-8 ou Windows-1252; virgule, point-virgule ou tabulation; noms de colonnes en français ou en anglais.',
  'portal.uploading': 'Téléversement : {percent} %',
  'portal.validating': 'Vérification du fichier…',
  'portal.uploadFailed': 'Le fichier a été refusé : {message}',
  'portal.summary': 'Résumé de « {file} »',
  'portal.rows': 'Lignes lues',
  'portal.valid': 'Lignes valides',
  'portal.rejected': 'Lignes écartées',
  'portal.added': 'Ajouts',
  'portal.changed': 'Modifications',
  'portal.removed': 'Retraits',
  'portal.unchanged': 'Inchangés',
  'portal.leftOut.one':
    '{count} ligne contient des erreurs et sera écartée si vous publiez. Téléchargez le rapport d’erreurs, corrigez-la et téléversez de nouveau, ou publiez dès maintenant les lignes valides.',
  'portal.leftOut.other':
    '{count} lignes contiennent des erreurs et seront écartées si vous publiez. Téléchargez le rapport d’erreurs, corrigez-les et téléversez de nouveau, ou publiez dès maintenant les lignes valides.',
  'portal.unreadable':
    'Ce fichier n’a pas pu être lu à partir de la ligne {row}; il ne peut donc pas être publié : il retirerait tous les points que la lecture n’a pas atteints. Corrigez le fichier (voir les erreurs ci-dessous) et téléversez-le de nouveau.',
  'portal.noneValid':
    'Aucune ligne n’est valide : il n’y a rien à publier. Téléchargez le rapport d’erreurs, corrigez les lignes et téléversez de nouveau.',
  'portal.allValid': 'Toutes les lignes sont valides.',
  'portal.errors': 'Problèmes relevés',
  'portal.downloadFailed': 'Le rapport d’erreurs n’a pas pu être téléchargé : {message}',
  'portal.sessionEnded':
    'Votre jeton de téléversement n’est plus accepté (révoqué, ou d’une autre administration). Connectez-vous de nouveau.',
  'portal.downloadErrors': 'Télécharger le rapport d’erreurs (CSV)',
  'portal.col.row': 'Ligne',
  'portal.col.column': 'Colonne',
  'portal.col.code': 'Problème',
  'portal.issue.required': 'Valeur manquante',
  'portal.issue.out_of_canada': 'Hors du Canada',
  'portal.issue.outside_province': 'Hors de la province',
  'portal.issue.swapped_coordinates': 'Latitude et longitude inversées',
  'portal.issue.unknown_code': 'Code inconnu',
  'portal.issue.invalid_hours': 'Heures d’ouverture invalides',
  'portal.issue.invalid_format': 'Format invalide',
  'portal.issue.duplicate_id': 'Identifiant en double',
  'portal.issue.ragged_row': 'Nombre de cellules incorrect',
  'portal.issue.approximate_location': 'Emplacement approximatif',
  'portal.issue.unknown_column': 'Colonne inconnue',
  'portal.col.message': 'À corriger',
  'portal.col.severity': 'Gravité',
  'portal.severity.error': 'Erreur',
  'portal.severity.warning': 'Avertissement',
  'portal.sortBy': 'Trier par {column}',
  'portal.changes': 'Changements sur la carte',
  'portal.changesMapLabel':
    'Carte des changements : ajouts en vert, modifications en orange, retraits en rouge',
  'portal.problemsFirst':
    'Les {shown} premiers des {total} problèmes sont listés; le rapport d’erreurs les contient tous.',
  'portal.problemsAll': 'Tout afficher ({total})',
  'portal.changesFirst': '(les {shown} premiers sur {total}; la carte les montre tous)',
  'portal.changesCol.change': 'Changement',
  'portal.changesCol.point': 'Point',
  'portal.changesCol.fields': 'Champs',
  'portal.changesTable': 'Changements',
  'portal.change.added': 'Ajouté',
  'portal.change.changed': 'Modifié',
  'portal.change.removed': 'Retiré',
  'portal.changedFields': 'Modifié : {fields}',
  'portal.suspicious': 'À vérifier avant de publier',
  'portal.suspicious.moved': '{id} se déplace de {km} km. Vérifiez ses coordonnées.',
  'portal.suspicious.massRemoval':
    '{removed} des {published} points publiés ({percent} %) seraient retirés. Le fichier est-il complet?',
  'portal.suspicious.missingColumn':
    'Le fichier n’a pas de colonne {column} : la valeur {column} de {erased} site(s) publié(s) serait effacée. Ajoutez la colonne, ou confirmez que c’est voulu.',
  'portal.suspicious.closuresJump':
    'Les sites fermés passeraient de {before} à {after}. Vérifiez la colonne statut.',
  'portal.confirmSuspicious': 'J’ai vérifié ces changements et je veux les publier',
  'portal.publish.one': 'Publier {count} point',
  'portal.publish.other': 'Publier {count} points',
  'portal.publishing': 'Publication…',
  'portal.published': 'Publié comme version {version}. La carte publique l’affiche maintenant.',
  'portal.publishFailed': 'Non publié : {message}',
  'portal.history': 'Historique des versions',
  'portal.version': 'Version {version}',
  'portal.current': 'Publiée actuellement',
  'portal.restore': 'Rétablir la version {version}',
  'portal.restoreConfirmCounts':
    'Publier une copie de la version {version} ({back} points) à la place de la version actuelle ({now} points)? Tous les points publiés sont remplacés.',
  'portal.versionPoints': '{count} points',
  'portal.restoreConfirm': 'Publier une copie de la version {version} comme nouvelle version?',
  'portal.restoreFailed': 'Non rétablie : {message}',
  'portal.restored': 'Version {version} rétablie comme version {newVersion}.',
  'portal.publishedBy': 'par {who}',
  'portal.publishedByLabel': 'par {label} (jeton {who})',
  'portal.restoredFrom': 'rétablissement de la version {version}',
  'portal.downloads': 'Téléchargements',
  'portal.downloadCurrent': 'Données publiées actuelles (CSV)',
  'portal.downloadTemplate': 'Gabarit vide avec exemples (CSV)',
  'portal.mapping': 'Correspondance des colonnes',
  'portal.mappingHelp':
    'Certaines colonnes de votre fichier n’ont pas été reconnues. Indiquez ce que chacune contient; la correspondance est conservée pour vos prochains téléversements.',
  'portal.mappingIgnore': 'Ignorer cette colonne',
  'portal.mappingFailed': 'La correspondance n’a pas été enregistrée : {message}',
  'portal.mappingSave': 'Enregistrer la correspondance et vérifier de nouveau le fichier',
  'portal.failure.unauthorized':
    'le jeton de téléversement n’est pas valide ou a été révoqué. Vérifiez qu’il a été copié en entier (il commence par « pcsm_ »), ou demandez-en un nouveau à votre administrateur.',
  'portal.failure.forbidden':
    'ce jeton appartient à une autre administration. Choisissez son administration, ou utilisez un jeton de celle-ci.',
  'portal.failure.payload_too_large':
    'le fichier dépasse la limite de {limit} Mo. Divisez-le par région, ou demandez à l’administrateur de relever la limite.',
  'portal.failure.not_csv':
    'ce n’est pas un fichier CSV. Dans votre tableur, utilisez « Enregistrer sous » → « CSV UTF-8 (délimité par des virgules) » et téléversez ce fichier.',
  'portal.failure.stale_base':
    'une autre version a été publiée depuis cet aperçu. Téléversez de nouveau le fichier pour obtenir un nouvel aperçu, puis publiez celui-ci.',
  'portal.failure.confirmation_required':
    'ce téléversement comporte des changements suspects. Examinez-les, cochez la confirmation, puis publiez de nouveau.',
  'portal.failure.upload_expired': 'cet aperçu n’est plus conservé. Téléversez de nouveau le fichier.',
  'portal.failure.already_published': 'ce téléversement a déjà été publié.',
  'portal.failure.nothing_to_publish':
    'aucune ligne n’est valide, il n’y a donc rien à publier. Corrigez les erreurs indiquées et téléversez de nouveau.',
  'portal.failure.invalid_mapping':
    'la correspondance des colonnes n’est pas valide : associez chacun de vos en-têtes à une colonne du modèle, et chaque colonne du modèle à un seul en-tête.',
  'portal.failure.several_files': 'envoyez un seul fichier à la fois.',
  'portal.failure.malformed_multipart': 'le fichier n’est pas arrivé en entier. Envoyez-le de nouveau.',
  'portal.failure.unreadable_file':
    'le fichier n’a pas pu être lu jusqu’au bout; il ne peut donc pas être publié. Corrigez-le (voir ses erreurs) et téléversez-le de nouveau.',
  'portal.failure.network': 'la connexion au serveur a échoué. Vérifiez votre réseau et réessayez.',
};
