/** Les messages des problèmes en français : ce qui était attendu, ce qui est arrivé, et que faire. */
import type { IssueText } from './catalogue.ts';

const CANADA_LAT = 'une latitude entre 41,6 et 83,2';
const CANADA_LON = 'une longitude entre -141 et -52,5';

export const fr: IssueText = {
  lang: 'fr',
  quote: (cell) => `« ${cell} »`,
  rowColumn: (row, column, message) => `Ligne ${row}, colonne ${column} : ${message}`,

  unterminatedQuote: (row) =>
    `Ligne ${row} : une cellule entre guillemets n’est jamais fermée, donc tout ce qui suit est lu comme une seule cellule. Fermez le guillemet (") ou retirez-le, puis téléversez le fichier de nouveau.`,
  noRecognisableColumn: (examples, got) =>
    `Aucune colonne reconnaissable dans l’en-tête : colonnes attendues telles que ${examples}, lat, lon (ou leurs noms français), reçu « ${got} ». Utilisez le modèle, ou enregistrez une correspondance de colonnes pour ce fichier.`,
  unknownColumn: (column) =>
    `La colonne « ${column} » ne fait pas partie du modèle et sera ignorée. Renommez-la, ou associez-la à une colonne du modèle si elle contient des données à publier.`,
  raggedRow: (row, cells, headerCells, delimiter) =>
    `La ligne ${row} compte ${cells} cellules, mais l’en-tête en compte ${headerCells}. Une cellule contient probablement le séparateur « ${delimiter === '\t' ? 'tabulation' : delimiter} » sans guillemets : mettez cette cellule entre guillemets ou retirez le séparateur en trop.`,

  expected: {
    postal_code: 'un code postal canadien tel que K1A 0B1',
    phone: 'un numéro de téléphone à 10 chiffres tel que 613-555-0100 (un poste peut suivre : « poste 12 »)',
    email: 'une adresse courriel telle que info@exemple.ca',
    url: 'une adresse Web commençant par https:// ou http://',
    date: 'une date écrite AAAA-MM-JJ, par exemple 2026-03-31',
    decimal_point: 'un nombre décimal tel que 45.4215',
    decimal_comma: 'un nombre décimal tel que 45,4215',
  },
  addScheme: (cell) => `ajoutez « https:// » devant : https://${cell}`,
  badFormat: (expected, got, hint) => `attendu ${expected}, reçu ${got}${hint ? ` — ${hint}` : ''}.`,
  unknownCode: (got, valid, suggestion) =>
    `${got} n’est pas un code connu. Codes attendus : ${valid.join(', ')}${suggestion ? ` — vouliez-vous dire « ${suggestion} »?` : '.'}`,
  tooLong: (max, length) =>
    `attendu au plus ${max} caractères, reçu ${length}. Raccourcissez le contenu de la cellule.`,
  nulCharacter:
    'attendu du texte, reçu un caractère NUL (un octet invisible que laisse un export endommagé ou un collage depuis un autre logiciel). Supprimez-le de la cellule.',
  idRequired:
    'chaque ligne a besoin d’un id, votre propre identifiant stable du site (par exemple « ott-001 »). Ajoutez-en un.',
  nameRequired:
    'un site a besoin d’un nom en anglais (name_en) ou en français (name_fr). Ajoutez-en au moins un.',
  unknownProvince: (codes, got) =>
    `attendu un code de province ou de territoire à deux lettres (${codes}), reçu ${got}.`,
  invalidHours: (got, detail) =>
    `attendu des heures d’ouverture dans la syntaxe d’OpenStreetMap, par exemple « Mo-Fr 08:30-16:30; PH off », reçu ${got} (${detail}).`,
  duplicateId: (id, firstRow) =>
    `l’id « ${id} » figure déjà à la ligne ${firstRow}. Chaque site a besoin de son propre id : changez l’un des deux ou retirez la ligne en double.`,

  unknownFsa: (fsa) =>
    `aucune coordonnée, et la région du code postal (${fsa}) ne figure pas dans la liste de référence des RTA. Ajoutez lat et lon.`,
  noLocation: 'un site a besoin de coordonnées (lat et lon) ou d’un code postal. Ajoutez l’un ou l’autre.',
  approximate: (row, fsa) =>
    `Ligne ${row} : aucune coordonnée, donc le site est placé au centre de la région postale ${fsa} et marqué approximatif. Ajoutez lat et lon pour une position exacte.`,
  latMissing: 'lon est indiquée, mais lat est vide. Ajoutez la latitude.',
  lonMissing: 'lat est indiquée, mais lon est vide. Ajoutez la longitude.',
  swapped: (lat) =>
    `attendu ${CANADA_LAT} (Canada), reçu ${lat} — la latitude et la longitude semblent inversées. Échangez les cellules lat et lon.`,
  minusMissing: (lon) =>
    `attendu ${CANADA_LON} (Canada, à l’ouest de Greenwich, donc négative), reçu ${lon} — le signe moins semble manquer.`,
  outsideCanada: (lat, lon) =>
    `le point (${lat}, ${lon}) est hors du Canada : attendu ${CANADA_LAT} et ${CANADA_LON}. Vérifiez les coordonnées.`,
  outsideProvince: (lat, lon, actual, expected) =>
    `le point (${lat}, ${lon}) se trouve ${actual ? `dans ${actual}` : 'hors de toute province'}, mais le site relève de ${expected}. Vérifiez les coordonnées (ou la colonne province).`,

  postalOutsideProvince: (fsa, actual, expected) =>
    `la région postale ${fsa} se trouve dans ${actual}, mais le site relève de ${expected}. Vérifiez le code postal, ou ajoutez lat et lon.`,
  provinceMismatch: (given, expected) =>
    `la province ${given} n’est pas celle de ce gouvernement (${expected}), où se trouvent tous ses sites. Corrigez la province, ou laissez-la vide.`,

  moved: (id, km) => `${id} se déplace de ${km.toFixed(1).replace('.', ',')} km. Vérifiez ses coordonnées.`,
  massRemoval: (removed, published, percent) =>
    `${removed} des ${published} points publiés (${percent} %) seraient retirés. Le fichier est-il complet?`,
  closuresJump: (before, after) =>
    `Les sites fermés passeraient de ${before} à ${after}. Vérifiez la colonne statut.`,
  missingColumn: (column, erased) =>
    `Le fichier n’a pas de colonne ${column} : la valeur ${column} de ${erased} site${erased > 1 ? 's' : ''} publié${erased > 1 ? 's' : ''} serait effacée. Ajoutez la colonne, ou confirmez que c’est voulu.`,
};
