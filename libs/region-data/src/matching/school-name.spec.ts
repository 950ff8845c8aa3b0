import { nameSimilarity, normaliseSchoolName, tokenSetRatio } from './school-name';

describe('normaliseSchoolName', () => {
  it.each([
    ['OBS De Rank', 'rank'],
    ['Basisschool De Rank', 'rank'],
    ["RKBS 't Kabouterhuis", 'kabouterhuis'],
    ['R.K.B.S. St. Jozef', 'sint jozef'],
    ['Sint-Jozef', 'sint jozef'],
    ['PCBS Het Palet', 'palet'],
    ['CBS De Ark', 'ark'],
    ['IKC Zuidwal', 'zuidwal'],
    ['O.B.S. Nutsschool', 'nutsschool'],
    ['Montessorischool Bohemen', 'montessorischool bohemen'],
    ['Ecole Française', 'ecole francaise'],
    ['Openbare Basisschool', 'openbare basisschool'],
    ['  Basisschool   Jeroen ', 'jeroen'],
  ])('%j → %j', (input, expected) => expect(normaliseSchoolName(input)).toBe(expected));
});

describe('nameSimilarity: near names are close, other schools are not', () => {
  it.each([
    ['Basisschool De Rank', 'OBS De Rank', 1],
    ['St. Jozefschool', 'Sint-Jozefschool', 1],
    ["'t Palet", 'PCBS Het Palet', 1],
  ])('%j ~ %j = %p', (a, b, expected) => expect(nameSimilarity(a, b)).toBe(expected));

  it.each([
    ['De Regenboog locatie Noord', 'OBS De Regenboog', 0.9],
    ['Daltonschool De Kleine Wereld', 'Dalton De Kleine Wereld', 0.8],
    ['Basisschool Jeroen', 'Jeroenschool', 0.6],
  ])('%j ~ %j ≥ %p', (a, b, min) => expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(min));

  it.each([
    ['De Rank', 'De Regenboog', 0.7],
    ['Sint Jozef', 'Sint Paulus', 0.75],
    ['Het Kompas', 'De Springplank', 0.4],
  ])('%j ~ %j < %p', (a, b, max) => expect(nameSimilarity(a, b)).toBeLessThan(max));

  it('ranks an equal name above a name that only contains it', () => {
    expect(nameSimilarity('De Regenboog', 'OBS De Regenboog')).toBeGreaterThan(
      nameSimilarity('De Regenboog', 'De Regenboog dependance'),
    );
  });

  it('token-set ratio ignores word order', () => {
    expect(tokenSetRatio(['kleine', 'wereld'], ['wereld', 'kleine'])).toBe(1);
  });
});
