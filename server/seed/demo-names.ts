/** Invented names for demo staff. Nothing here is, or resembles, a real client record. */
export const GIVEN_NAMES = [
  'Amara', 'Bilal', 'Carmen', 'Dmitri', 'Esther', 'Farah', 'Gideon', 'Hana', 'Ines', 'Jonah',
  'Keiko', 'Lars', 'Maya', 'Nikhil', 'Olga', 'Priya', 'Quentin', 'Rosa', 'Samir', 'Tamsin',
  'Uma', 'Viktor', 'Wen', 'Ximena', 'Yusuf', 'Zara',
] as const;

export const FAMILY_NAMES = [
  'Achebe', 'Bergström', 'Castillo', 'Duarte', 'Eriksen', 'Fitzgerald', 'Gallagher', 'Haddad', 'Ivanova',
  'Jansen', 'Kowalski', 'Lindqvist', 'Mensah', 'Nakamura', 'Okafor', 'Petrov', 'Quinn', 'Rahman',
  'Sato', 'Tremblay', 'Urquhart', 'Varga', 'Walsh', 'Yilmaz', 'Zhou',
] as const;
