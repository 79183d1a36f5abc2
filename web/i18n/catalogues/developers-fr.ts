import type { developersEn } from './developers-en.ts';

/** Page de référence de l'API (pour les développeurs qui réutilisent les données ouvertes). */
export const developersFr: Record<keyof typeof developersEn, string> = {
  'nav.developers': 'API de données ouvertes',
  'dev.title': 'Référence de l’API de données ouvertes',
  'dev.intro':
    'Tous les points de service publiés sont des données ouvertes. Consultez-les avec l’API ci-dessous (JSON et GeoJSON, CORS ouvert en GET) ou téléchargez-les en entier. Les identifiants sont stables; utilisez modified_after et les en-têtes ETag pour la synchronisation incrémentielle.',
  'dev.spec': 'Description lisible par machine (OpenAPI 3.1)',
  'dev.downloads': 'Téléchargements',
  'dev.csv': 'Tous les points publiés (CSV)',
  'dev.geojson': 'Tous les points publiés (GeoJSON)',
  'dev.parameters': 'Paramètres',
  'dev.responses': 'Réponses',
  'dev.param.name': 'Nom',
  'dev.param.in': 'Emplacement',
  'dev.param.required': 'Obligatoire',
  'dev.param.description': 'Description',
  'dev.yes': 'oui',
  'dev.no': 'non',
  'dev.auth': 'Exige le jeton de téléversement de l’administration (Authorization: Bearer).',
  'dev.loading': 'Chargement de la description de l’API…',
  'dev.englishNote':
    'Les descriptions des points d’accès sont en anglais; les codes et les noms de champs sont les mêmes dans les deux langues.',
};
