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

/** Invented given names for demo clients (kept apart from staff names to avoid confusion). */
export const CLIENT_GIVEN_NAMES = [
  'Alex', 'Bea', 'Cam', 'Dani', 'Eli', 'Femi', 'Gus', 'Hollis', 'Isla', 'Jude', 'Kit', 'Lena', 'Milo',
  'Noor', 'Oskar', 'Pia', 'Reza', 'Sol', 'Theo', 'Una', 'Vik', 'Willa', 'Yara', 'Zeke', 'Ada', 'Bo',
  'Cleo', 'Dev', 'Eun', 'Finn', 'Gia', 'Hugo', 'Ivo', 'Jin', 'Kai', 'Luz', 'Mae', 'Nico', 'Ona', 'Ravi',
] as const;
