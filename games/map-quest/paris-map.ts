import type { LonLat, Ring } from './geo';
import type { ArrondissementShape, MapGeometry, NamedArea } from './map-schema';
import { PARIS_POINTS, type PointName } from './paris-points';

/**
 * The game's own schematic map of Paris, drawn through the public points of `paris-points.ts`
 * (method and list in README.md). A pack may replace any part of it under `data.map`.
 */

const ring = (...names: PointName[]): LonLat[] => names.map((name) => PARIS_POINTS[name].at);
const at = (lat: number, lon: number): LonLat => [lon, lat];

/** Each arrondissement's outline, going round through the named points. */
const OUTLINES: Record<number, PointName[]> = {
  1: ['seineTuileries', 'seineSenghor', 'seineRoyal', 'seineCarrousel', 'seineArts', 'seineCiteWest', 'seinePontNeufSouth', 'seineSaintMichel', 'seinePontAuChange', 'chatelet', 'sebastopolRambuteau', 'sebastopolEtienneMarcel', 'etienneMarcel', 'victoires', 'petitsChamps', 'vendome', 'capucines', 'madeleine', 'concordeNorth'],
  2: ['capucines', 'opera', 'richelieuDrouot', 'grandsBoulevards', 'poissonniere', 'strasbourgSaintDenis', 'sebastopolNorth', 'sebastopolEtienneMarcel', 'etienneMarcel', 'victoires', 'petitsChamps', 'vendome'],
  3: ['sebastopolRambuteau', 'sebastopolEtienneMarcel', 'sebastopolNorth', 'strasbourgSaintDenis', 'porteSaintMartin', 'republique', 'fillesDuCalvaire', 'saintSebastien', 'cheminVert', 'pasDeLaMule', 'placeDesVosges', 'sevigne', 'archives', 'rambuteau'],
  4: ['sebastopolRambuteau', 'rambuteau', 'archives', 'sevigne', 'placeDesVosges', 'pasDeLaMule', 'bastille', 'arsenal', 'seineAusterlitz', 'seineSaintLouisEast', 'seineSully', 'seineTournelle', 'seineBetweenIslands', 'seineArcheveche', 'seinePetitPont', 'seineSaintMichel', 'seinePontAuChange', 'chatelet'],
  5: ['seineSaintMichel', 'seinePetitPont', 'seineArcheveche', 'seineBetweenIslands', 'seineTournelle', 'seineSully', 'seineSaintLouisEast', 'seineAusterlitz', 'valhubert', 'saintMarcel', 'gobelins', 'portRoyalSante', 'observatoire', 'luxembourgEast'],
  6: ['seineCarrousel', 'seineArts', 'seineCiteWest', 'seinePontNeufSouth', 'seineSaintMichel', 'luxembourgEast', 'observatoire', 'vavin', 'montparnasse', 'duroc', 'sevresBabylone', 'saintsPeres'],
  7: ['seineAlma', 'seineInvalides', 'seineAlexandre', 'seineConcorde', 'seineTuileries', 'seineSenghor', 'seineRoyal', 'seineCarrousel', 'saintsPeres', 'sevresBabylone', 'duroc', 'breteuil', 'mottePicquet', 'seineSuffren', 'seineIena'],
  8: ['etoile', 'marceau', 'seineAlma', 'seineInvalides', 'seineAlexandre', 'seineConcorde', 'seineTuileries', 'concordeNorth', 'madeleine', 'havre', 'placeClichy', 'rome', 'villiers', 'monceau', 'courcelles', 'ternes'],
  9: ['madeleine', 'capucines', 'opera', 'richelieuDrouot', 'grandsBoulevards', 'poissonniere', 'faubourgPoissonniere', 'barbes', 'anvers', 'pigalle', 'blanche', 'placeClichy', 'havre'],
  10: ['poissonniere', 'strasbourgSaintDenis', 'porteSaintMartin', 'republique', 'goncourt', 'belleville', 'colonelFabien', 'stalingrad', 'laChapelle', 'barbes', 'faubourgPoissonniere'],
  11: ['republique', 'goncourt', 'belleville', 'menilmontant', 'pereLachaiseStation', 'philippeAuguste', 'alexandreDumas', 'avron', 'nationEast', 'nation', 'faidherbe', 'ledruRollin', 'bastille', 'pasDeLaMule', 'cheminVert', 'saintSebastien', 'fillesDuCalvaire'],
  12: ['bastille', 'ledruRollin', 'faidherbe', 'nation', 'nationEast', 'coursDeVincennes', 'porteVincennes', 'limitVincennes', 'woodsVincennesNorthWest', 'woodsVincennesNorth1', 'woodsVincennesNorth2', 'woodsVincennesNorth3', 'woodsVincennesNorth4', 'woodsVincennesNorthEast', 'woodsVincennesEast', 'woodsVincennesSouthEast', 'woodsVincennesSouth1', 'woodsVincennesSouth2', 'woodsVincennesSouthWest', 'limitCharenton', 'limitBercy', 'seineEast', 'seineNational', 'seineTolbiac', 'seineBeauvoir', 'seineBercy', 'seineAusterlitz', 'arsenal'],
  13: ['seineAusterlitz', 'seineBercy', 'seineBeauvoir', 'seineTolbiac', 'seineNational', 'seineEast', 'limitIvryQuay', 'limitIvry', 'limitChoisy', 'limitItalie', 'limitPeupliers', 'limitGentilly', 'limitCiteU', 'jourdan', 'amiralMouchez', 'santeBlanqui', 'santeArago', 'portRoyalSante', 'gobelins', 'saintMarcel', 'valhubert'],
  14: ['observatoire', 'portRoyalSante', 'santeArago', 'santeBlanqui', 'amiralMouchez', 'jourdan', 'limitCiteU', 'limitCiteUWest', 'limitOrleans', 'limitChatillon', 'limitVanves', 'railway3', 'railway2', 'railway1', 'montparnasse', 'vavin'],
  15: ['seineSuffren', 'seineBirHakeim', 'seineGrenelle', 'seineMirabeau', 'seineGarigliano', 'seineWest', 'limitHeliport', 'limitIssy', 'limitVersailles', 'limitBrancion', 'limitVanves', 'railway3', 'railway2', 'railway1', 'montparnasse', 'duroc', 'breteuil', 'mottePicquet'],
  16: ['etoile', 'marceau', 'seineAlma', 'seineIena', 'seineSuffren', 'seineBirHakeim', 'seineGrenelle', 'seineMirabeau', 'seineGarigliano', 'seineWest', 'limitSaintCloud', 'limitPrinces', 'limitAuteuil', 'woodsBoulogneSouth', 'woodsBoulogneSouthWest', 'woodsBoulogneWest1', 'woodsBoulogneWest2', 'woodsBoulogneNorthWest', 'woodsBoulogneNorth1', 'woodsBoulogneNorth2', 'limitMaillot', 'grandeArmee'],
  17: ['etoile', 'grandeArmee', 'limitMaillot', 'limitChamperret', 'limitAsnieres', 'limitClichy', 'limitSaintOuen', 'guyMoquet', 'laFourche', 'placeClichy', 'rome', 'villiers', 'monceau', 'courcelles', 'ternes'],
  18: ['placeClichy', 'laFourche', 'guyMoquet', 'limitSaintOuen', 'limitClignancourt', 'limitChapelle', 'limitAubervilliers', 'aubervilliersStreet', 'stalingrad', 'laChapelle', 'barbes', 'anvers', 'pigalle', 'blanche'],
  19: ['stalingrad', 'aubervilliersStreet', 'limitAubervilliers', 'limitVillette', 'limitVilletteEast', 'limitPantin', 'limitPreSaintGervais', 'limitLilas', 'porteLilas', 'telegraphe', 'jourdain', 'pyrenees', 'belleville', 'colonelFabien'],
  20: ['belleville', 'pyrenees', 'jourdain', 'telegraphe', 'porteLilas', 'limitLilas', 'limitMenilmontant', 'limitBagnolet', 'limitMontreuil', 'limitVincennes', 'porteVincennes', 'coursDeVincennes', 'nationEast', 'avron', 'alexandreDumas', 'philippeAuguste', 'pereLachaiseStation', 'menilmontant'],
};

/** Labels placed by hand where the computed point would fall in a wood or a corner. */
const LABELS: Record<number, LonLat> = {
  1: at(48.8625, 2.3385),
  2: at(48.8682, 2.3425),
  3: at(48.8635, 2.3605),
  4: at(48.8578, 2.3552),
  5: at(48.8445, 2.3505),
  6: at(48.8495, 2.3335),
  7: at(48.8565, 2.3065),
  8: at(48.8735, 2.3115),
  9: at(48.8775, 2.3375),
  10: at(48.8755, 2.3610),
  11: at(48.8595, 2.3790),
  12: at(48.8405, 2.3930),
  13: at(48.8275, 2.3610),
  14: at(48.8290, 2.3265),
  15: at(48.8405, 2.2960),
  16: at(48.8590, 2.2720),
  17: at(48.8865, 2.3090),
  18: at(48.8925, 2.3475),
  19: at(48.8880, 2.3840),
  20: at(48.8630, 2.4025),
};

const BOUNDARY: PointName[] = [
  'limitMaillot', 'limitChamperret', 'limitAsnieres', 'limitClichy', 'limitSaintOuen', 'limitClignancourt', 'limitChapelle', 'limitAubervilliers', 'limitVillette', 'limitVilletteEast', 'limitPantin', 'limitPreSaintGervais', 'limitLilas', 'limitMenilmontant', 'limitBagnolet', 'limitMontreuil', 'limitVincennes',
  'woodsVincennesNorthWest', 'woodsVincennesNorth1', 'woodsVincennesNorth2', 'woodsVincennesNorth3', 'woodsVincennesNorth4', 'woodsVincennesNorthEast', 'woodsVincennesEast', 'woodsVincennesSouthEast', 'woodsVincennesSouth1', 'woodsVincennesSouth2', 'woodsVincennesSouthWest',
  'limitCharenton', 'limitBercy', 'seineEast', 'limitIvryQuay', 'limitIvry', 'limitChoisy', 'limitItalie', 'limitPeupliers', 'limitGentilly', 'limitCiteU', 'limitCiteUWest', 'limitOrleans', 'limitChatillon', 'limitVanves', 'limitBrancion', 'limitVersailles', 'limitIssy', 'limitHeliport', 'seineWest',
  'limitSaintCloud', 'limitPrinces', 'limitAuteuil', 'woodsBoulogneSouth', 'woodsBoulogneSouthWest', 'woodsBoulogneWest1', 'woodsBoulogneWest2', 'woodsBoulogneNorthWest', 'woodsBoulogneNorth1', 'woodsBoulogneNorth2',
];

/** The portes the ring road passes, clockwise from Porte Maillot. */
export const PERIPHERIQUE_PORTES: readonly { name: string; at: LonLat }[] = [
  { name: 'Porte Maillot', at: at(48.8779, 2.2826) },
  { name: 'Porte de Champerret', at: at(48.8857, 2.2928) },
  { name: "Porte d'Asnières", at: at(48.8905, 2.301) },
  { name: 'Porte de Clichy', at: at(48.8946, 2.3131) },
  { name: 'Porte de Saint-Ouen', at: at(48.8978, 2.3291) },
  { name: 'Porte de Clignancourt', at: at(48.8993, 2.3446) },
  { name: 'Porte de la Chapelle', at: at(48.8995, 2.3595) },
  { name: "Porte d'Aubervilliers", at: at(48.8988, 2.37) },
  { name: 'Porte de la Villette', at: at(48.8992, 2.386) },
  { name: 'Porte de Pantin', at: at(48.889, 2.3975) },
  { name: 'Porte du Pré-Saint-Gervais', at: at(48.8803, 2.402) },
  { name: 'Porte des Lilas', at: at(48.8772, 2.4085) },
  { name: 'Porte de Bagnolet', at: at(48.864, 2.4138) },
  { name: 'Porte de Montreuil', at: at(48.8537, 2.4148) },
  { name: 'Porte de Vincennes', at: at(48.847, 2.4135) },
  { name: 'Porte Dorée', at: at(48.8352, 2.4078) },
  { name: 'Porte de Charenton', at: at(48.829, 2.4035) },
  { name: 'Porte de Bercy', at: at(48.827, 2.394) },
  { name: "Porte d'Ivry", at: at(48.8218, 2.372) },
  { name: "Porte d'Italie", at: at(48.8186, 2.36) },
  { name: 'Porte de Gentilly', at: at(48.8168, 2.3445) },
  { name: "Porte d'Orléans", at: at(48.8222, 2.3255) },
  { name: 'Porte de Châtillon', at: at(48.8245, 2.315) },
  { name: 'Porte de Vanves', at: at(48.8268, 2.305) },
  { name: 'Porte de Versailles', at: at(48.8312, 2.288) },
  { name: 'Porte de Sèvres', at: at(48.8345, 2.2775) },
  { name: 'Porte de Saint-Cloud', at: at(48.838, 2.2575) },
  { name: 'Parc des Princes', at: at(48.8414, 2.2538) },
  { name: "Porte d'Auteuil", at: at(48.848, 2.2565) },
  { name: 'Porte de la Muette', at: at(48.862, 2.2685) },
  { name: 'Porte Dauphine', at: at(48.871, 2.2748) },
];

const RIVER_MAIN: PointName[] = [
  'seineEast', 'seineNational', 'seineTolbiac', 'seineBeauvoir', 'seineBercy', 'seineAusterlitz', 'seineSaintLouisEast',
];
const RIVER_WEST: PointName[] = [
  'seineCiteWest', 'seineArts', 'seineCarrousel', 'seineRoyal', 'seineSenghor', 'seineTuileries', 'seineConcorde', 'seineAlexandre', 'seineInvalides', 'seineAlma', 'seineIena', 'seineSuffren', 'seineBirHakeim', 'seineGrenelle', 'seineMirabeau', 'seineGarigliano', 'seineWest',
];

/** A rough octagon of a given area around a centre, for the optional parks layer. */
function blob(centre: LonLat, areaHa: number): LonLat[] {
  const radiusM = Math.sqrt((areaHa * 10_000) / (2 * Math.SQRT2));
  const mPerDegLat = 111_195;
  const mPerDegLon = mPerDegLat * Math.cos((centre[1] * Math.PI) / 180);
  return Array.from({ length: 8 }, (_, i) => {
    const a = (i * Math.PI) / 4 + Math.PI / 8;
    return [centre[0] + (Math.cos(a) * radiusM) / mPerDegLon, centre[1] + (Math.sin(a) * radiusM) / mPerDegLat] as LonLat;
  });
}

const area = (id: string, fr: string, en: string, ringPoints: Ring): NamedArea => ({ id, name: { fr, en }, ring: [...ringPoints] });

export const PARIS_MAP: MapGeometry = {
  boundary: ring(...BOUNDARY),
  peripherique: PERIPHERIQUE_PORTES.map((p) => p.at),
  arrondissements: Object.entries(OUTLINES).map(([n, names]): ArrondissementShape => ({ number: Number(n), rings: [ring(...names)], label: LABELS[Number(n)] })),
  river: [
    { path: ring(...RIVER_MAIN), widthM: 170 },
    // Around the islands the river is two arms; drawn as one broad band the islands sit on.
    { path: [PARIS_POINTS.seineSaintLouisEast.at, at(48.8513, 2.3575), at(48.8535, 2.3495), at(48.8565, 2.3425), PARIS_POINTS.seineCiteWest.at], widthM: 330 },
    { path: ring(...RIVER_WEST), widthM: 150 },
  ],
  islands: [
    area('ile-de-la-cite', 'Île de la Cité', 'Île de la Cité', [
      at(48.8577, 2.3392), at(48.8575, 2.342), at(48.8569, 2.346), at(48.856, 2.349), at(48.8545, 2.3512), at(48.8522, 2.3524),
      at(48.852, 2.3505), at(48.8525, 2.348), at(48.8535, 2.345), at(48.8555, 2.342), at(48.8567, 2.3402),
    ]),
    area('ile-saint-louis', 'Île Saint-Louis', 'Île Saint-Louis', [
      at(48.8523, 2.3528), at(48.853, 2.356), at(48.8523, 2.3592), at(48.8507, 2.3614), at(48.8502, 2.3595), at(48.8511, 2.356),
    ]),
  ],
  woods: [
    area('bois-de-boulogne', 'Bois de Boulogne', 'Bois de Boulogne', [
      ...ring('woodsBoulogneSouth', 'woodsBoulogneSouthWest', 'woodsBoulogneWest1', 'woodsBoulogneWest2', 'woodsBoulogneNorthWest', 'woodsBoulogneNorth1', 'woodsBoulogneNorth2'),
      at(48.8785, 2.2795), at(48.871, 2.2748), at(48.862, 2.2685), at(48.8495, 2.2555), at(48.848, 2.2475),
    ]),
    area('bois-de-vincennes', 'Bois de Vincennes', 'Bois de Vincennes', [
      ...ring('woodsVincennesNorthWest', 'woodsVincennesNorth1', 'woodsVincennesNorth2', 'woodsVincennesNorth3', 'woodsVincennesNorth4', 'woodsVincennesNorthEast', 'woodsVincennesEast', 'woodsVincennesSouthEast', 'woodsVincennesSouth1', 'woodsVincennesSouth2', 'woodsVincennesSouthWest'),
      at(48.827, 2.409), at(48.8352, 2.4095),
    ]),
  ],
  axes: [
    { id: 'champs-elysees', name: { fr: 'Champs-Élysées', en: 'Champs-Élysées' }, path: [PARIS_POINTS.etoile.at, at(48.8656, 2.3212)] },
    { id: 'rivoli', name: { fr: 'Rue de Rivoli', en: 'Rue de Rivoli' }, path: [at(48.8656, 2.3212), at(48.8607, 2.3375), at(48.8566, 2.3528), PARIS_POINTS.bastille.at] },
    { id: 'nord-sud', name: { fr: 'Boulevards de Sébastopol et Saint-Michel', en: 'Boulevards de Sébastopol and Saint-Michel' }, path: [at(48.8762, 2.3578), PARIS_POINTS.strasbourgSaintDenis.at, PARIS_POINTS.chatelet.at, PARIS_POINTS.seineSaintMichel.at, PARIS_POINTS.observatoire.at] },
    { id: 'cours-de-vincennes', name: { fr: 'Cours de Vincennes', en: 'Cours de Vincennes' }, path: [PARIS_POINTS.nationEast.at, PARIS_POINTS.porteVincennes.at] },
  ],
  parks: [
    area('tuileries', 'Jardin des Tuileries', 'Tuileries Garden', blob(at(48.8635, 2.327), 22)),
    area('luxembourg', 'Jardin du Luxembourg', 'Luxembourg Garden', blob(at(48.8462, 2.3372), 23)),
    area('buttes-chaumont', 'Parc des Buttes-Chaumont', 'Buttes-Chaumont Park', blob(at(48.8811, 2.3831), 25)),
    area('villette', 'Parc de la Villette', 'Parc de la Villette', blob(at(48.8938, 2.3905), 35)),
    area('jardin-des-plantes', 'Jardin des Plantes', 'Jardin des Plantes', blob(at(48.8437, 2.3594), 24)),
    area('champ-de-mars', 'Champ-de-Mars', 'Champ de Mars', blob(at(48.8556, 2.2986), 24)),
    area('monceau', 'Parc Monceau', 'Parc Monceau', blob(at(48.8796, 2.3087), 8)),
    area('montsouris', 'Parc Montsouris', 'Parc Montsouris', blob(at(48.8222, 2.338), 15)),
    area('belleville', 'Parc de Belleville', 'Parc de Belleville', blob(at(48.8708, 2.3847), 4.5)),
    area('pere-lachaise', 'Cimetière du Père-Lachaise', 'Père Lachaise Cemetery', blob(at(48.8619, 2.3936), 43)),
  ],
};

/** The official name of each arrondissement (used in the reveal of arrondissement questions). */
export const ARRONDISSEMENT_NAMES: Readonly<Record<number, string>> = {
  1: 'Louvre', 2: 'Bourse', 3: 'Temple', 4: 'Hôtel-de-Ville', 5: 'Panthéon', 6: 'Luxembourg', 7: 'Palais-Bourbon',
  8: 'Élysée', 9: 'Opéra', 10: 'Entrepôt', 11: 'Popincourt', 12: 'Reuilly', 13: 'Gobelins', 14: 'Observatoire',
  15: 'Vaugirard', 16: 'Passy', 17: 'Batignolles-Monceau', 18: 'Buttes-Montmartre', 19: 'Buttes-Chaumont', 20: 'Ménilmontant',
};
