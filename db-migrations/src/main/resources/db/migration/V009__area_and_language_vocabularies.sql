-- Fixed vocabularies for a case's area and languages (issue 12, item 3).
-- Runs unchanged on H2 (MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE) and PostgreSQL 15.
--
-- Before V009 a case's area and languages were free text, so an address could pass as an area and
-- a person's name as a language. From here on:
--   * an area is a row of `area`, a list the administrator keeps: a stable code (what cases refer
--     to) and a display name; a retired area stays valid for the cases that have it but is not
--     offered for new ones;
--   * languages are ISO 639 codes (comma-separated in cases.languages), checked by the
--     application against the JDK's list.

CREATE TABLE area (
    code       VARCHAR(20) NOT NULL PRIMARY KEY,
    name       VARCHAR(60) NOT NULL,
    -- the name in lower case: two areas may not differ only in letter case
    name_key   VARCHAR(60) NOT NULL,
    created_by VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT area_name_unique UNIQUE (name_key)
);

-- Every distinct free-text area already used (letter case aside) becomes an area, so every old
-- case stays valid. Their codes are AREA-1, AREA-2, ... in the order of their names; the
-- administrator retires any that look wrong (an address, a typo) and adds clean ones.
INSERT INTO area (code, name, name_key, created_by, created_at)
SELECT 'AREA-' || CAST(ROW_NUMBER() OVER (ORDER BY existing.name_key) AS VARCHAR(12)),
       existing.name, existing.name_key, 'migration', CURRENT_TIMESTAMP
FROM (SELECT LOWER(area) AS name_key, MIN(area) AS name FROM cases GROUP BY LOWER(area)) existing;

-- cases.area now holds an area's code.
UPDATE cases SET area = (SELECT a.code FROM area a WHERE a.name_key = LOWER(cases.area));
ALTER TABLE cases ADD CONSTRAINT cases_area_listed FOREIGN KEY (area) REFERENCES area (code);

-- Languages: each free-text entry that is an ISO 639-1 code, its ISO 639-2 code, or the English
-- or Spanish name of such a language (as the JDK names them, plus a few common spellings without
-- accents), in any letter case, becomes the ISO 639-1 code, in the order the entries were given,
-- without duplicates. Anything else is dropped: a free-text leftover is exactly what this
-- migration removes, and a language is not needed to decide or report.
CREATE TABLE v009_language_name (
    name VARCHAR(40) NOT NULL PRIMARY KEY,
    code VARCHAR(3)  NOT NULL
);

INSERT INTO v009_language_name (name, code) VALUES
('aa', 'aa'), ('aar', 'aa'), ('ab', 'ab'), ('abjasio', 'ab'),
('abk', 'ab'), ('abkhazian', 'ab'), ('ae', 'ae'), ('af', 'af'),
('afar', 'aa'), ('afr', 'af'), ('afrikaans', 'af'), ('afrikáans', 'af'),
('aimara', 'ay'), ('ak', 'ak'), ('aka', 'ak'), ('akan', 'ak'),
('albanian', 'sq'), ('albanés', 'sq'), ('alemán', 'de'), ('am', 'am'),
('amh', 'am'), ('amharic', 'am'), ('amárico', 'am'), ('an', 'an'),
('ar', 'ar'), ('ara', 'ar'), ('arabe', 'ar'), ('arabic', 'ar'),
('aragonese', 'an'), ('aragonés', 'an'), ('arg', 'an'), ('armenian', 'hy'),
('armenio', 'hy'), ('as', 'as'), ('asamés', 'as'), ('asm', 'as'),
('assamese', 'as'), ('av', 'av'), ('ava', 'av'), ('avar', 'av'),
('avaric', 'av'), ('ave', 'ae'), ('avestan', 'ae'), ('avéstico', 'ae'),
('ay', 'ay'), ('aym', 'ay'), ('aymara', 'ay'), ('az', 'az'),
('aze', 'az'), ('azerbaijani', 'az'), ('azerbaiyano', 'az'), ('ba', 'ba'),
('bak', 'ba'), ('bam', 'bm'), ('bambara', 'bm'), ('bangla', 'bn'),
('bashkir', 'ba'), ('baskir', 'ba'), ('basque', 'eu'), ('be', 'be'),
('bel', 'be'), ('belarusian', 'be'), ('ben', 'bn'), ('bengalí', 'bn'),
('bg', 'bg'), ('bh', 'bh'), ('bi', 'bi'), ('bielorruso', 'be'),
('bih', 'bh'), ('bihari', 'bh'), ('birmano', 'my'), ('bis', 'bi'),
('bislama', 'bi'), ('bm', 'bm'), ('bn', 'bn'), ('bo', 'bo'),
('bod', 'bo'), ('bos', 'bs'), ('bosnian', 'bs'), ('bosnio', 'bs'),
('br', 'br'), ('bre', 'br'), ('breton', 'br'), ('bretón', 'br'),
('bs', 'bs'), ('bul', 'bg'), ('bulgarian', 'bg'), ('burmese', 'my'),
('búlgaro', 'bg'), ('ca', 'ca'), ('cachemiro', 'ks'), ('canarés', 'kn'),
('castellano', 'es'), ('cat', 'ca'), ('catalan', 'ca'), ('catalán', 'ca'),
('ce', 'ce'), ('ces', 'cs'), ('ch', 'ch'), ('cha', 'ch'),
('chamorro', 'ch'), ('che', 'ce'), ('chechen', 'ce'), ('checheno', 'ce'),
('checo', 'cs'), ('chinese', 'zh'), ('chino', 'zh'), ('chu', 'cu'),
('church slavic', 'cu'), ('chuvash', 'cv'), ('chuvasio', 'cv'), ('chv', 'cv'),
('cingalés', 'si'), ('co', 'co'), ('cor', 'kw'), ('coreano', 'ko'),
('cornish', 'kw'), ('corsican', 'co'), ('corso', 'co'), ('cos', 'co'),
('cr', 'cr'), ('cre', 'cr'), ('cree', 'cr'), ('creole', 'ht'),
('criollo haitiano', 'ht'), ('croata', 'hr'), ('croatian', 'hr'), ('cs', 'cs'),
('cu', 'cu'), ('cv', 'cv'), ('cy', 'cy'), ('cym', 'cy'),
('czech', 'cs'), ('córnico', 'kw'), ('da', 'da'), ('dan', 'da'),
('danish', 'da'), ('danés', 'da'), ('de', 'de'), ('deu', 'de'),
('div', 'dv'), ('divehi', 'dv'), ('dutch', 'nl'), ('dv', 'dv'),
('dz', 'dz'), ('dzo', 'dz'), ('dzongkha', 'dz'), ('ee', 'ee'),
('el', 'el'), ('ell', 'el'), ('en', 'en'), ('eng', 'en'),
('english', 'en'), ('eo', 'eo'), ('epo', 'eo'), ('es', 'es'),
('eslavo eclesiástico', 'cu'), ('eslovaco', 'sk'), ('esloveno', 'sl'), ('espanol', 'es'),
('español', 'es'), ('esperanto', 'eo'), ('est', 'et'), ('estonian', 'et'),
('estonio', 'et'), ('et', 'et'), ('eu', 'eu'), ('eus', 'eu'),
('euskera', 'eu'), ('ewe', 'ee'), ('ewé', 'ee'), ('fa', 'fa'),
('fao', 'fo'), ('faroese', 'fo'), ('fas', 'fa'), ('feroés', 'fo'),
('ff', 'ff'), ('fi', 'fi'), ('fij', 'fj'), ('fijian', 'fj'),
('fin', 'fi'), ('finnish', 'fi'), ('finés', 'fi'), ('fiyiano', 'fj'),
('fj', 'fj'), ('fo', 'fo'), ('fr', 'fr'), ('fra', 'fr'),
('frances', 'fr'), ('francés', 'fr'), ('french', 'fr'), ('frisón occidental', 'fy'),
('fry', 'fy'), ('ful', 'ff'), ('fula', 'ff'), ('fulah', 'ff'),
('fy', 'fy'), ('ga', 'ga'), ('galician', 'gl'), ('gallego', 'gl'),
('galés', 'cy'), ('ganda', 'lg'), ('gaélico escocés', 'gd'), ('gd', 'gd'),
('georgian', 'ka'), ('georgiano', 'ka'), ('german', 'de'), ('gl', 'gl'),
('gla', 'gd'), ('gle', 'ga'), ('glg', 'gl'), ('glv', 'gv'),
('gn', 'gn'), ('greek', 'el'), ('griego', 'el'), ('grn', 'gn'),
('groenlandés', 'kl'), ('gu', 'gu'), ('guarani', 'gn'), ('guaraní', 'gn'),
('guj', 'gu'), ('gujarati', 'gu'), ('guyaratí', 'gu'), ('gv', 'gv'),
('ha', 'ha'), ('haitian', 'ht'), ('haitian creole', 'ht'), ('hat', 'ht'),
('hau', 'ha'), ('hausa', 'ha'), ('he', 'he'), ('heb', 'he'),
('hebreo', 'he'), ('hebrew', 'he'), ('her', 'hz'), ('herero', 'hz'),
('hi', 'hi'), ('hin', 'hi'), ('hindi', 'hi'), ('hiri motu', 'ho'),
('hmo', 'ho'), ('ho', 'ho'), ('hr', 'hr'), ('hrv', 'hr'),
('ht', 'ht'), ('hu', 'hu'), ('hun', 'hu'), ('hungarian', 'hu'),
('hy', 'hy'), ('hye', 'hy'), ('hz', 'hz'), ('húngaro', 'hu'),
('ia', 'ia'), ('ibo', 'ig'), ('icelandic', 'is'), ('id', 'id'),
('ido', 'io'), ('ie', 'ie'), ('ig', 'ig'), ('igbo', 'ig'),
('ii', 'ii'), ('iii', 'ii'), ('ik', 'ik'), ('iku', 'iu'),
('ile', 'ie'), ('in', 'id'), ('ina', 'ia'), ('ind', 'id'),
('indonesian', 'id'), ('indonesio', 'id'), ('ingles', 'en'), ('inglés', 'en'),
('interlingua', 'ia'), ('interlingue', 'ie'), ('inuktitut', 'iu'), ('inupiaq', 'ik'),
('io', 'io'), ('ipk', 'ik'), ('irish', 'ga'), ('irlandés', 'ga'),
('is', 'is'), ('isl', 'is'), ('islandés', 'is'), ('it', 'it'),
('ita', 'it'), ('italian', 'it'), ('italiano', 'it'), ('iu', 'iu'),
('iw', 'he'), ('ja', 'ja'), ('japanese', 'ja'), ('japonés', 'ja'),
('jav', 'jv'), ('javanese', 'jv'), ('javanés', 'jv'), ('jemer', 'km'),
('ji', 'yi'), ('jpn', 'ja'), ('jv', 'jv'), ('ka', 'ka'),
('kal', 'kl'), ('kalaallisut', 'kl'), ('kan', 'kn'), ('kannada', 'kn'),
('kanuri', 'kr'), ('kas', 'ks'), ('kashmiri', 'ks'), ('kat', 'ka'),
('kau', 'kr'), ('kaz', 'kk'), ('kazajo', 'kk'), ('kazakh', 'kk'),
('kg', 'kg'), ('khm', 'km'), ('khmer', 'km'), ('ki', 'ki'),
('kik', 'ki'), ('kikuyu', 'ki'), ('kin', 'rw'), ('kinyarwanda', 'rw'),
('kir', 'ky'), ('kirguís', 'ky'), ('kirundi', 'rn'), ('kj', 'kj'),
('kk', 'kk'), ('kl', 'kl'), ('km', 'km'), ('kn', 'kn'),
('ko', 'ko'), ('kom', 'kv'), ('komi', 'kv'), ('kon', 'kg'),
('kongo', 'kg'), ('kor', 'ko'), ('korean', 'ko'), ('kr', 'kr'),
('kreyol', 'ht'), ('kreyòl', 'ht'), ('ks', 'ks'), ('ku', 'ku'),
('kua', 'kj'), ('kuanyama', 'kj'), ('kur', 'ku'), ('kurdish', 'ku'),
('kurdo', 'ku'), ('kv', 'kv'), ('kw', 'kw'), ('ky', 'ky'),
('kyrgyz', 'ky'), ('la', 'la'), ('lao', 'lo'), ('lat', 'la'),
('latin', 'la'), ('latvian', 'lv'), ('latín', 'la'), ('lav', 'lv'),
('lb', 'lb'), ('letón', 'lv'), ('lg', 'lg'), ('li', 'li'),
('lim', 'li'), ('limburgish', 'li'), ('limburgués', 'li'), ('lin', 'ln'),
('lingala', 'ln'), ('lit', 'lt'), ('lithuanian', 'lt'), ('lituano', 'lt'),
('ln', 'ln'), ('lo', 'lo'), ('lt', 'lt'), ('ltz', 'lb'),
('lu', 'lu'), ('lub', 'lu'), ('luba-katanga', 'lu'), ('lug', 'lg'),
('luxembourgish', 'lb'), ('luxemburgués', 'lb'), ('lv', 'lv'), ('macedonian', 'mk'),
('macedonio', 'mk'), ('mah', 'mh'), ('mal', 'ml'), ('malagasy', 'mg'),
('malay', 'ms'), ('malayalam', 'ml'), ('malayo', 'ms'), ('malgache', 'mg'),
('maltese', 'mt'), ('maltés', 'mt'), ('mandarin', 'zh'), ('mandarín', 'zh'),
('manx', 'gv'), ('manés', 'gv'), ('maori', 'mi'), ('maorí', 'mi'),
('mar', 'mr'), ('marathi', 'mr'), ('maratí', 'mr'), ('marshallese', 'mh'),
('marshalés', 'mh'), ('mg', 'mg'), ('mh', 'mh'), ('mi', 'mi'),
('mk', 'mk'), ('mkd', 'mk'), ('ml', 'ml'), ('mlg', 'mg'),
('mlt', 'mt'), ('mn', 'mn'), ('mo', 'mo'), ('mol', 'mo'),
('moldavian', 'mo'), ('moldavo', 'mo'), ('mon', 'mn'), ('mongol', 'mn'),
('mongolian', 'mn'), ('mr', 'mr'), ('mri', 'mi'), ('ms', 'ms'),
('msa', 'ms'), ('mt', 'mt'), ('my', 'my'), ('mya', 'my'),
('na', 'na'), ('nau', 'na'), ('nauru', 'na'), ('nauruano', 'na'),
('nav', 'nv'), ('navajo', 'nv'), ('nb', 'nb'), ('nbl', 'nr'),
('nd', 'nd'), ('nde', 'nd'), ('ndebele meridional', 'nr'), ('ndebele septentrional', 'nd'),
('ndo', 'ng'), ('ndonga', 'ng'), ('ne', 'ne'), ('neerlandés', 'nl'),
('nep', 'ne'), ('nepali', 'ne'), ('nepalí', 'ne'), ('ng', 'ng'),
('nl', 'nl'), ('nld', 'nl'), ('nn', 'nn'), ('nno', 'nn'),
('no', 'no'), ('nob', 'nb'), ('nor', 'no'), ('north ndebele', 'nd'),
('northern sami', 'se'), ('noruego', 'no'), ('noruego bokmal', 'nb'), ('noruego nynorsk', 'nn'),
('norwegian', 'no'), ('norwegian bokmål', 'nb'), ('norwegian nynorsk', 'nn'), ('nr', 'nr'),
('nv', 'nv'), ('ny', 'ny'), ('nya', 'ny'), ('nyanja', 'ny'),
('oc', 'oc'), ('occitan', 'oc'), ('occitano', 'oc'), ('oci', 'oc'),
('odia', 'or'), ('oj', 'oj'), ('oji', 'oj'), ('ojibwa', 'oj'),
('om', 'om'), ('or', 'or'), ('ori', 'or'), ('oriya', 'or'),
('orm', 'om'), ('oromo', 'om'), ('os', 'os'), ('oss', 'os'),
('ossetic', 'os'), ('osético', 'os'), ('pa', 'pa'), ('pali', 'pi'),
('pan', 'pa'), ('pashto', 'ps'), ('pastún', 'ps'), ('persa', 'fa'),
('persian', 'fa'), ('pi', 'pi'), ('pl', 'pl'), ('pli', 'pi'),
('pol', 'pl'), ('polaco', 'pl'), ('polish', 'pl'), ('por', 'pt'),
('portugues', 'pt'), ('portuguese', 'pt'), ('portugués', 'pt'), ('ps', 'ps'),
('pt', 'pt'), ('punjabi', 'pa'), ('punyabí', 'pa'), ('pus', 'ps'),
('qu', 'qu'), ('que', 'qu'), ('quechua', 'qu'), ('rm', 'rm'),
('rn', 'rn'), ('ro', 'ro'), ('roh', 'rm'), ('romanche', 'rm'),
('romanian', 'ro'), ('romansh', 'rm'), ('ron', 'ro'), ('ru', 'ru'),
('rumano', 'ro'), ('run', 'rn'), ('rundi', 'rn'), ('rus', 'ru'),
('ruso', 'ru'), ('russian', 'ru'), ('rw', 'rw'), ('sa', 'sa'),
('sag', 'sg'), ('sami septentrional', 'se'), ('samoan', 'sm'), ('samoano', 'sm'),
('san', 'sa'), ('sango', 'sg'), ('sanskrit', 'sa'), ('sardinian', 'sc'),
('sardo', 'sc'), ('sc', 'sc'), ('scottish gaelic', 'gd'), ('sd', 'sd'),
('se', 'se'), ('serbian', 'sr'), ('serbio', 'sr'), ('setsuana', 'tn'),
('sg', 'sg'), ('shona', 'sn'), ('si', 'si'), ('sichuan yi', 'ii'),
('sin', 'si'), ('sindhi', 'sd'), ('sinhala', 'si'), ('sk', 'sk'),
('sl', 'sl'), ('slk', 'sk'), ('slovak', 'sk'), ('slovenian', 'sl'),
('slv', 'sl'), ('sm', 'sm'), ('sme', 'se'), ('smo', 'sm'),
('sn', 'sn'), ('sna', 'sn'), ('snd', 'sd'), ('so', 'so'),
('som', 'so'), ('somali', 'so'), ('somalí', 'so'), ('sot', 'st'),
('sotho meridional', 'st'), ('south ndebele', 'nr'), ('southern sotho', 'st'), ('spa', 'es'),
('spanish', 'es'), ('sq', 'sq'), ('sqi', 'sq'), ('sr', 'sr'),
('srd', 'sc'), ('srp', 'sr'), ('ss', 'ss'), ('ssw', 'ss'),
('st', 'st'), ('su', 'su'), ('suajili', 'sw'), ('suazi', 'ss'),
('sueco', 'sv'), ('sun', 'su'), ('sundanese', 'su'), ('sundanés', 'su'),
('sv', 'sv'), ('sw', 'sw'), ('swa', 'sw'), ('swahili', 'sw'),
('swati', 'ss'), ('swe', 'sv'), ('swedish', 'sv'), ('sánscrito', 'sa'),
('ta', 'ta'), ('tagalo', 'tl'), ('tagalog', 'tl'), ('tah', 'ty'),
('tahitian', 'ty'), ('tahitiano', 'ty'), ('tailandés', 'th'), ('tajik', 'tg'),
('tam', 'ta'), ('tamil', 'ta'), ('tat', 'tt'), ('tatar', 'tt'),
('tayiko', 'tg'), ('te', 'te'), ('tel', 'te'), ('telugu', 'te'),
('tg', 'tg'), ('tgk', 'tg'), ('tgl', 'tl'), ('th', 'th'),
('tha', 'th'), ('thai', 'th'), ('ti', 'ti'), ('tibetan', 'bo'),
('tibetano', 'bo'), ('tigrinya', 'ti'), ('tigriña', 'ti'), ('tir', 'ti'),
('tk', 'tk'), ('tl', 'tl'), ('tn', 'tn'), ('to', 'to'),
('ton', 'to'), ('tongan', 'to'), ('tongano', 'to'), ('tr', 'tr'),
('ts', 'ts'), ('tsn', 'tn'), ('tso', 'ts'), ('tsonga', 'ts'),
('tswana', 'tn'), ('tt', 'tt'), ('tuk', 'tk'), ('tur', 'tr'),
('turco', 'tr'), ('turcomano', 'tk'), ('turkish', 'tr'), ('turkmen', 'tk'),
('tw', 'tw'), ('twi', 'tw'), ('ty', 'ty'), ('tártaro', 'tt'),
('ucraniano', 'uk'), ('ug', 'ug'), ('uig', 'ug'), ('uigur', 'ug'),
('uk', 'uk'), ('ukr', 'uk'), ('ukrainian', 'uk'), ('ur', 'ur'),
('urd', 'ur'), ('urdu', 'ur'), ('uyghur', 'ug'), ('uz', 'uz'),
('uzb', 'uz'), ('uzbek', 'uz'), ('uzbeko', 'uz'), ('valón', 'wa'),
('ve', 've'), ('ven', 've'), ('venda', 've'), ('vi', 'vi'),
('vie', 'vi'), ('vietnamese', 'vi'), ('vietnamita', 'vi'), ('vo', 'vo'),
('vol', 'vo'), ('volapük', 'vo'), ('wa', 'wa'), ('walloon', 'wa'),
('welsh', 'cy'), ('western frisian', 'fy'), ('wln', 'wa'), ('wo', 'wo'),
('wol', 'wo'), ('wolof', 'wo'), ('wólof', 'wo'), ('xh', 'xh'),
('xho', 'xh'), ('xhosa', 'xh'), ('yi', 'yi'), ('yi de sichuán', 'ii'),
('yid', 'yi'), ('yiddish', 'yi'), ('yidis', 'yi'), ('yo', 'yo'),
('yor', 'yo'), ('yoruba', 'yo'), ('za', 'za'), ('zh', 'zh'),
('zha', 'za'), ('zho', 'zh'), ('zhuang', 'za'), ('zu', 'zu'),
('zul', 'zu'), ('zulu', 'zu'), ('zulú', 'zu'), ('árabe', 'ar');

-- Each entry is looked up whole: the list is wrapped in commas first, so ",es," finds "es" only
-- as an entry of its own. A code found twice (es, español) is kept at its first place.
UPDATE cases SET languages = ',' || LOWER(languages) || ',';

CREATE TABLE v009_case_language (
    case_id  BIGINT     NOT NULL,
    code     VARCHAR(3) NOT NULL,
    first_at INTEGER    NOT NULL,
    PRIMARY KEY (case_id, code)
);

INSERT INTO v009_case_language (case_id, code, first_at)
SELECT c.id, n.code, MIN(POSITION(',' || n.name || ',' IN c.languages))
FROM cases c
JOIN v009_language_name n ON POSITION(',' || n.name || ',' IN c.languages) > 0
GROUP BY c.id, n.code;

UPDATE cases SET languages = COALESCE(
    (SELECT STRING_AGG(l.code, ',' ORDER BY l.first_at)
     FROM v009_case_language l WHERE l.case_id = cases.id),
    '');

DROP TABLE v009_case_language;
DROP TABLE v009_language_name;
