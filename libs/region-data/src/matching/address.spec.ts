import { gemeenteOfPlace, parseSchoolAddress, schoolAddressOf } from './address';

describe('parseSchoolAddress: addresses as schools write them', () => {
  it.each([
    [
      "Herenstraat 129 - 2580WT 's-Gravenhage",
      {
        street: 'Herenstraat',
        houseNumber: '129',
        postcode: '2580 WT',
        place: "'s-Gravenhage",
        postbus: false,
      },
    ],
    [
      'Guido Gezellestraat 51, 2524 CK Den Haag',
      {
        street: 'Guido Gezellestraat',
        houseNumber: '51',
        postcode: '2524 CK',
        place: 'Den Haag',
        postbus: false,
      },
    ],
    [
      'Laan van Meerdervoort 12 a\n2517 AA  Den Haag',
      {
        street: 'Laan van Meerdervoort',
        houseNumber: '12a',
        postcode: '2517 AA',
        place: 'Den Haag',
        postbus: false,
      },
    ],
    [
      'Kerkplein 3-5, 2282AB Rijswijk (ZH)',
      {
        street: 'Kerkplein',
        houseNumber: '3-5',
        postcode: '2282 AB',
        place: 'Rijswijk (ZH)',
        postbus: false,
      },
    ],
    [
      'Postbus 12345, 2500 AA Den Haag',
      { street: null, houseNumber: null, postcode: '2500 AA', place: 'Den Haag', postbus: true },
    ],
    [
      '2e Sweelinckstraat 100 – 2517 GP – Den Haag',
      {
        street: '2e Sweelinckstraat',
        houseNumber: '100',
        postcode: '2517 GP',
        place: 'Den Haag',
        postbus: false,
      },
    ],
    [
      'Dorpsstraat 7',
      { street: 'Dorpsstraat', houseNumber: '7', postcode: null, place: null, postbus: false },
    ],
  ])('%j', (text, expected) => expect(parseSchoolAddress(text)).toEqual(expected));

  it('re-reads SOP fields where the street swallowed postcode and place', () => {
    expect(
      schoolAddressOf({
        street: "Herenstraat 129 - 2580WT 's-Gravenhage",
        houseNumber: null,
        postcode: null,
        place: null,
      }),
    ).toEqual({
      street: 'Herenstraat',
      houseNumber: '129',
      postcode: '2580 WT',
      place: "'s-Gravenhage",
      postbus: false,
    });
    expect(
      schoolAddressOf({
        street: 'Guido Gezellestraat',
        houseNumber: '51',
        postcode: '2524 CK',
        place: 'Den Haag',
      }),
    ).toMatchObject({
      street: 'Guido Gezellestraat',
      houseNumber: '51',
      postcode: '2524 CK',
      place: 'Den Haag',
    });
  });
});

describe('gemeenteOfPlace: town synonyms', () => {
  it.each([
    ["'s-Gravenhage", '0518'],
    ["'S-GRAVENHAGE", '0518'],
    ['Den Haag', '0518'],
    ['Scheveningen', '0518'],
    ['Rijswijk (ZH)', '0603'],
    ['Voorburg', '1916'],
    ['Leidschendam-Voorburg', '1916'],
    ['Wassenaar', null],
  ])('%j → %p', (place, code) => expect(gemeenteOfPlace(place)?.code ?? null).toBe(code));
});
