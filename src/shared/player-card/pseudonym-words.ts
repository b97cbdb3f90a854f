/**
 * Words for generated pseudonyms: "Panda Rapide 42". French nouns of animals and sky things, and
 * adjectives spelled the same in the masculine and the feminine, so every pair reads right
 * ("Tortue Rapide", "Tigre Rapide"). All friendly, none about a body or a looks; short enough
 * for a big-screen badge.
 */
export const PSEUDONYM_NOUNS = [
  'Panda', 'Tigre', 'Renard', 'Hibou', 'Dauphin', 'Koala', 'Lynx', 'Faucon', 'Castor', 'Zèbre',
  'Lama', 'Bison', 'Orque', 'Gecko', 'Pingouin', 'Phoque', 'Loup', 'Aigle', 'Tortue', 'Baleine',
  'Girafe', 'Abeille', 'Licorne', 'Dragon', 'Robot', 'Comète', 'Fusée', 'Volcan', 'Cactus', 'Météore',
  'Tornade', 'Galaxie', 'Planète', 'Étoile', 'Nuage', 'Éclair', 'Rocher', 'Ninja', 'Pirate', 'Capitaine',
] as const;

export const PSEUDONYM_ADJECTIVES = [
  'Rapide', 'Agile', 'Calme', 'Sage', 'Brave', 'Habile', 'Solide', 'Magique', 'Super', 'Rouge',
  'Jaune', 'Rose', 'Orange', 'Turquoise', 'Cosmique', 'Énergique', 'Tranquille', 'Fantastique', 'Dynamique', 'Rebelle',
  'Mystique', 'Intrépide', 'Logique', 'Unique', 'Électrique', 'Libre', 'Fidèle', 'Lucide', 'Solaire',
] as const;
