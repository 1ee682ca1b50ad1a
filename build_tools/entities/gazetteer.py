"""Word lists the recogniser leans on: places, given names, titles, name-ending words.

Hand-written, general lists (no corpus page was used to pick an entry). They
are sets of surface forms as written in English news, case kept.
"""

from __future__ import annotations

from build_tools.entities import known_orgs, person_names, world_places


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> frozenset[str]:
    return frozenset(line.strip() for line in text.split(";") if line.strip())


# Lower-case words inside names: "Bank of Japan", "Ursula von der Leyen".
CONNECTORS = _words("of de da del della di von van der den la le du dos das bin ibn al el y &")
# Words that keep a following period as part of themselves ("Ltd.", "Gov.").
DOTTED = _words(
    "Mr Mrs Ms Dr Prof Gov Sen Rep Gen Col Lt Capt Sgt Adm Rev Fr St Jr Sr Inc Ltd Corp Co Bros No Mt Ft "
    "Ala Ariz Ark Calif Colo Conn Fla Ill Kan Ky Md Mich Minn Mont Neb Nev Okla Tenn Vt Wis Wyo"
)

COUNTRIES = _phrases(
    "Afghanistan;Albania;Algeria;Andorra;Angola;Argentina;Armenia;Australia;Austria;"
    "Azerbaijan;Bahamas;Bahrain;Bangladesh;Barbados;Belarus;Belgium;Belize;Benin;Bhutan;"
    "Bolivia;Bosnia;Botswana;Brazil;Brunei;Bulgaria;Burkina Faso;Burundi;Cambodia;Cameroon;"
    "Canada;Chad;Chile;China;Colombia;Congo;Costa Rica;Croatia;Cuba;Cyprus;Czech Republic;"
    "Czechia;Denmark;Djibouti;Dominican Republic;Ecuador;Egypt;El Salvador;Eritrea;Estonia;"
    "Ethiopia;Fiji;Finland;France;Gabon;Gambia;Georgia;Germany;Ghana;Greece;Guatemala;"
    "Guinea;Guyana;Haiti;Honduras;Hong Kong;Hungary;Iceland;India;Indonesia;Iran;Iraq;"
    "Ireland;Israel;Italy;Ivory Coast;Jamaica;Japan;Jordan;Kazakhstan;Kenya;Kosovo;Kuwait;"
    "Kyrgyzstan;Laos;Latvia;Lebanon;Lesotho;Liberia;Libya;Liechtenstein;Lithuania;"
    "Luxembourg;Macau;Madagascar;Malawi;Malaysia;Maldives;Mali;Malta;Mauritania;Mauritius;"
    "Mexico;Moldova;Monaco;Mongolia;Montenegro;Morocco;Mozambique;Myanmar;Burma;Namibia;"
    "Nepal;Netherlands;Holland;New Zealand;Nicaragua;Niger;Nigeria;North Korea;"
    "North Macedonia;Norway;Oman;Pakistan;Palestine;Panama;Papua New Guinea;Paraguay;Peru;"
    "Philippines;Poland;Portugal;Qatar;Romania;Russia;Rwanda;Saudi Arabia;Senegal;Serbia;"
    "Sierra Leone;Singapore;Slovakia;Slovenia;Somalia;South Africa;South Korea;South Sudan;"
    "Spain;Sri Lanka;Sudan;Suriname;Sweden;Switzerland;Syria;Taiwan;Tajikistan;Tanzania;"
    "Thailand;Tibet;Togo;Trinidad;Tunisia;Turkey;Turkmenistan;Uganda;Ukraine;"
    "United Arab Emirates;UAE;United Kingdom;UK;U.K.;Britain;Great Britain;England;Scotland;"
    "Wales;Northern Ireland;United States;United States of America;US;U.S.;USA;U.S.A.;"
    "America;Uruguay;Uzbekistan;Vatican;Venezuela;Vietnam;Yemen;Zambia;Zimbabwe;Korea;"
    "Gaza;West Bank;Crimea;Kashmir;Greenland;Puerto Rico;Sicily;Sardinia;Corsica"
)

REGIONS = _phrases(
    "Africa;Asia;Europe;North America;South America;Latin America;Central America;"
    "Antarctica;Oceania;Middle East;East Asia;Southeast Asia;South Asia;Central Asia;"
    "Western Europe;Eastern Europe;Scandinavia;Balkans;Caribbean;Pacific;Atlantic;"
    "Arctic;Mediterranean;Gulf;Persian Gulf;Sahara;Siberia;Himalayas;Alps;"
    "Korean Peninsula;Asia-Pacific;Indo-Pacific;Horn of Africa;Sub-Saharan Africa;"
    "Alabama;Alaska;Arizona;Arkansas;California;Colorado;Connecticut;Delaware;Florida;"
    "Hawaii;Idaho;Illinois;Indiana;Iowa;Kansas;Kentucky;Louisiana;Maine;Maryland;"
    "Massachusetts;Michigan;Minnesota;Mississippi;Missouri;Montana;Nebraska;Nevada;"
    "New Hampshire;New Jersey;New Mexico;New York;North Carolina;North Dakota;Ohio;"
    "Oklahoma;Oregon;Pennsylvania;Rhode Island;South Carolina;South Dakota;Tennessee;"
    "Texas;Utah;Vermont;Virginia;West Virginia;Wisconsin;Wyoming;"
    "Ontario;Quebec;British Columbia;Alberta;Manitoba;Saskatchewan;Nova Scotia;"
    "New South Wales;Queensland;Victoria;Tasmania;Bavaria;Catalonia;Lombardy;Tuscany;"
    "Guangdong;Sichuan;Xinjiang;Hokkaido;Okinawa;Punjab;Bengal;Kerala;Gujarat"
)

CITIES = _phrases(
    "Abu Dhabi;Accra;Addis Ababa;Amsterdam;Ankara;Athens;Atlanta;Auckland;Austin;Baghdad;"
    "Baltimore;Bangkok;Barcelona;Beijing;Beirut;Belgrade;Berlin;Bern;Bogota;Bombay;Boston;"
    "Brasilia;Brisbane;Brussels;Bucharest;Budapest;Buenos Aires;Busan;Cairo;Calcutta;"
    "Calgary;Canberra;Cape Town;Caracas;Casablanca;Chennai;Chicago;Cleveland;Copenhagen;"
    "Dakar;Dallas;Damascus;Delhi;New Delhi;Denver;Detroit;Dhaka;Doha;Dubai;Dublin;Durban;"
    "Edinburgh;Frankfurt;Geneva;Glasgow;Guangzhou;Gyeongju;Hamburg;Hanoi;Havana;Helsinki;"
    "Hiroshima;Ho Chi Minh City;Honolulu;Houston;Incheon;Islamabad;Istanbul;Jakarta;"
    "Jerusalem;Johannesburg;Kabul;Karachi;Kathmandu;Khartoum;Kiev;Kyiv;Kinshasa;Kolkata;"
    "Kuala Lumpur;Kyoto;Lagos;Lahore;Las Vegas;Leipzig;Lima;Lisbon;Liverpool;London;"
    "Los Angeles;Luxembourg City;Lyon;Madrid;Manchester;Manhattan;Manila;Marseille;Melbourne;"
    "Mexico City;Miami;Milan;Minneapolis;Minsk;Montreal;Moscow;Mumbai;Munich;Nagoya;"
    "Nairobi;Nanjing;Naples;New Orleans;Nice;Osaka;Oslo;Ottawa;Paris;Perth;Philadelphia;"
    "Phoenix;Pittsburgh;Prague;Pyongyang;Quebec City;Rabat;Riga;Rio de Janeiro;Riyadh;"
    "Rome;Rotterdam;San Diego;San Francisco;San Jose;Santiago;Sao Paulo;Sapporo;Seattle;"
    "Seoul;Shanghai;Shenzhen;Silicon Valley;Sofia;St Petersburg;St. Petersburg;Stockholm;"
    "Stuttgart;Sydney;Taipei;Tallinn;Tashkent;Tehran;Tel Aviv;Tianjin;Tokyo;Toronto;"
    "Toulouse;Tripoli;Tunis;Turin;Vancouver;Venice;Vienna;Vilnius;Warsaw;Washington;"
    "Washington DC;Washington, D.C.;Wellington;Wuhan;Yokohama;Zagreb;Zurich;Brooklyn;"
    "Queens;Hollywood;Wall Street;Westminster;Kremlin;Pentagon;White House;Downing Street;"
    "Red Square;Tiananmen Square;Times Square;Gaza City;Kharkiv;Odesa;Odessa;Mariupol;"
    "Aleppo;Mosul;Kandahar;Hong Kong;Macao;Lhasa;Chongqing;Hangzhou;Chengdu;Xian;"
    "Daegu;Gwangju;Daejeon;Ulsan;Kobe;Fukuoka;Oakland;Sacramento;Portland;Orlando;"
    "Nashville;Memphis;Charlotte;Indianapolis;Columbus;Cincinnati;Milwaukee;Kansas City;"
    "St. Louis;Salt Lake City;Anchorage;Long Beach;Santa Monica;Palo Alto;Cupertino;"
    "Mountain View;Redmond;Toledo;Dayton;Buffalo;Albany;Newark;Richmond;Raleigh"
)

# US states as datelines and addresses abbreviate them (AP style and postal
# codes); two-letter codes that are also words ("IN", "OR", "ME", "OK", "HI")
# or other abbreviations ("CO", "MD", "PA", "LA", "NV" a Dutch company) are left out.
US_STATE_ABBREVIATIONS = _words(
    "Ala. Ariz. Ark. Calif. Colo. Conn. Fla. Ga. Ill. Kan. Ky. Md. Mich. Minn. Mont. Neb. "
    "Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. R.I. S.C. S.D. Tenn. Vt. W.Va. Wis. Wyo. D.C. "
    "AZ CA FL GA IL MI MN MO NC NJ NY NYC NH NM SC SD TN TX UT VA WA WI WV KY KS IA NE ND"
)
PLACES = COUNTRIES | REGIONS | CITIES | US_STATE_ABBREVIATIONS | world_places.WORLD_PLACES

# Adjectives of nationality: never a name on their own ("Chinese leader"); their
# plurals name groups of people ("South Koreans").
DEMONYMS = _words(
    "American British English Scottish Welsh Irish French German Italian Spanish Portuguese "
    "Dutch Belgian Swiss Austrian Swedish Norwegian Danish Finnish Icelandic Polish Czech "
    "Slovak Hungarian Romanian Bulgarian Greek Turkish Russian Ukrainian Belarusian Serbian "
    "Croatian Bosnian Albanian Chinese Japanese Korean Taiwanese Vietnamese Thai Cambodian "
    "Laotian Burmese Malaysian Indonesian Filipino Singaporean Indian Pakistani Afghan "
    "Bangladeshi Nepalese Iranian Iraqi Syrian Lebanese Israeli Palestinian Jordanian Saudi "
    "Emirati Qatari Kuwaiti Yemeni Egyptian Libyan Tunisian Algerian Moroccan Nigerian "
    "Kenyan Ethiopian Somali Sudanese Ghanaian African Asian European Australian Canadian "
    "Mexican Brazilian Argentine Argentinian Chilean Colombian Peruvian Venezuelan Cuban "
    "Latin Arab Persian Kurdish Jewish Muslim Christian Catholic Protestant Hindu Buddhist "
    "Western Eastern Northern Southern Soviet Scandinavian Nordic Baltic Asian-American "
    "Texan Californian Zealander Kiwi"
)
DEMONYM_PREFIXES = _words("North South East West New")

TITLES = _words(
    "Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Sir Dame Lord Lady Gov Gov. Sen Sen. "
    "Rep Rep. Gen Gen. Col Col. Lt Lt. Capt Capt. Sgt Sgt. Adm Adm. Rev Rev. Fr Fr. "
    "President Premier Chancellor King Queen Prince Princess Emperor Empress Pope Sheikh "
    "Senator Governor Mayor Minister Secretary Ambassador Judge Justice General Colonel "
    "Captain Lieutenant Sergeant Admiral Commander Chairman Chairwoman Chair Chief Director "
    "Professor Doctor Pastor Father Bishop Cardinal Rabbi Imam Speaker Leader CEO CFO COO "
    "Vice Deputy Prime Foreign Defence Defense Finance Interior Trade Executive Officer "
    "Spokesman Spokeswoman Spokesperson Officer Coach Manager Analyst Founder Cofounder "
    "Co-founder Detective Inspector Superintendent Constable Attorney Lawmaker Congressman "
    "Congresswoman Councillor Councilman Representative Acting Former Late Crown "
    # Hyphened offices ("U.N. Secretary-General Kofi Annan", "President-elect Joe Biden")
    # and more offices, ranks and honours written before a name.
    "Secretary-General Director-General Attorney-General Solicitor-General Governor-General "
    "Vice-President Vice-Chairman Vice-Chair President-elect Lieutenant-General Major-General "
    "Archbishop Ayatollah Assemblyman Assemblywoman Councilwoman Alderman "
    "Commissioner Sheriff Brigadier Marshal Corporal Baroness Duchess Monsignor Reverend"
)

# Words that end a firm's name: no "and" joins it to the next name.
COMPANY_ENDS = _words(
    "Inc Inc. Corp Corp. Corporation Co Co. Company Ltd Ltd. LLC PLC plc AG SA GmbH NV SpA "
    "Group Holdings Limited Incorporated"
)
# Words that end (or head) organisation names: "Apple Inc.", "Bank of Japan".
ORG_WORDS = COMPANY_ENDS | _words(
    "Computer Computers Software Electronics Networks Semiconductor "
    "Bank Banks Airlines Airways Air Motors Motor Systems Technologies "
    "Industries Enterprises Partners Capital Securities Insurance Financial Investments "
    "University College School Institute Academy Ministry Department Agency Commission "
    "Council Committee Board Bureau Office Authority Administration Service Services "
    "Party Association Federation Union League Alliance Coalition Foundation Fund Trust "
    "Society Organization Organisation Network Broadcasting Media News Press Times Post "
    "Journal Herald Tribune Telegraph Gazette Guardian Reserve Senate Parliament Congress "
    "Assembly Court Police Army Navy Force Forces Guard Corps Brigade Club FC Team "
    "Records Studios Pictures Entertainment Labs Laboratories Pharmaceuticals Energy Oil "
    "Petroleum Electric Steel Mining Telecom Communications Railways Railway Lines "
    "Shipping Logistics Exchange Markets Stores Foods Brands Hospital Church Cabinet "
    "Government Workers Brothers Mutual Motorworks Automotive Aerospace Aircraft Aviation "
    "Infirmary Clinic Chiefs Staff Health International Worldwide Global"
)
# Institutions whose names join two nouns with "and" ("Securities and Exchange
# Commission", "Immigration and Naturalization Service", "Savings and Loan
# Association"): a name "X and Y ..." ending in one of these is one name. Not the
# endings of firms ("Inc.", "Corp.", "Company"): "Innopac and Mobil Corp." are two.
AND_ORG_ENDS = _words(
    "Service Services Commission Department Administration Agency Authority Board Bureau "
    "Committee Council Institute Foundation League Association Society Museum University "
    "College Bank Fund Office Ministry Federation Organization Organisation"
)
# Heads of "X of Y" organisation names.
ORG_HEADS = _words(
    "Bank University Ministry Department Council Commission Board Bureau Office Church "
    "Institute Academy College Federation League Association Organization Organisation "
    "Union House Court Supreme Senate Secretary Museum Society Party"
)
# Heads and ends of place names: "Changi International Airport", "Mount Fuji".
PLACE_WORDS = _words(
    "Airport City County Province State Island Islands Peninsula River Lake Sea Ocean "
    "Bay Mountain Mountains Mount Valley Desert Square Street Avenue Road Bridge Park "
    "Center Centre Stadium Arena Hall Palace Castle Cathedral Harbour Harbor Port Coast "
    "Beach Canal Strait Gulf District Region Territory Village Town Heights Plaza Tower "
    "Area Theater Theatre Amphitheatre Amphitheater Pavilion Observatory Hotel Cemetery"
)
# Compass and positional words that open a place's own name when capitalised
# before it ("West Bengal", "East Jerusalem", "Inner Mongolia", "Greater London");
# written lower-case ("western Bengal") they only describe the place.
PLACE_PREFIXES = _words(
    "North South East West Northern Southern Eastern Western Northeast Northwest Southeast "
    "Southwest Central Upper Lower Inner Outer Greater"
)
# Particles inside a person's name: lower-case between two capitalised words
# ("Osama bin Laden", "Ludwig van Beethoven"), or capitalised before a family
# name ("Marine Le Pen", "Robert De Niro"). Not "de", "da", "del", "du": place
# and firm names carry them too ("Tour de France", "Banco do Brasil").
NAME_PARTICLES = _words("van von bin ibn bint")
SURNAME_PARTICLES = _words("Le La De Van Von")
PLACE_HEADS = _words("Mount Lake Lake Port Fort Saint St. St Cape Gulf Strait Isle Bay")

EVENT_NOUNS = _words(
    "summit Summit parade Parade conference Conference festival Festival games Games "
    "Olympics Olympic war War talks Talks forum Forum election Election championship "
    "Championship Cup expo Expo congress Congress crisis Crisis revolution Revolution "
    "massacre Massacre attack Attack attacks Attacks meeting Meeting"
)
EVENT_LOWER = frozenset(word for word in EVENT_NOUNS if word.islower())

KNOWN_ORGS = known_orgs.KNOWN_ORGS
GIVEN_NAMES = person_names.GIVEN_NAMES
SURNAMES = person_names.SURNAMES

# Capitalised words that are never names on their own: sentence openers,
# pronouns, months and days (dates belong to the timeline), heading words.
NOT_NAMES = _words(
    "A An The This That These Those There Here It Its It's He She His Her Hers Him They Them "
    "Their We Our Us You Your I Me My Mine Who Whom Whose What Which When Where Why How If "
    "But And Or Nor So Yet For As At By In On Of To From With Without Into Onto Upon Over "
    "Under After Before Since Until While During Although Though Because Unless Whether "
    "Also Still Even Just Only Not No Yes All Any Some Many Much Most More Few Several Each "
    "Every Both Either Neither Other Another Such One Two Three Four Five Six Seven Eight "
    "Nine Ten First Second Third Last Next Old Then Now Today Tomorrow Yesterday Tonight "
    "However Meanwhile Moreover Furthermore Instead Indeed Perhaps Maybe Already Again Once "
    "Later Earlier Soon According Despite Among Between Against Through Throughout About "
    "Above Below Around Across Along Near Within Beyond Toward Towards Like Unlike "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December Jan Feb Mar Apr Jun Jul Aug "
    "Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thurs Fri Sat Sun "
    "Advertisement Advertisements Sponsored Share Comment Comments Read More Related "
    "Source Photo Image Video Watch Listen Subscribe Sign Login Log Menu Home Search Skip "
    "Click Follow Copyright Editor Editing Reporting Updated Published Posted Breaking News "
    "Opinion Analysis Explainer Live Top Stories Story Latest Trending Popular Email Print "
    "Mr Mrs Ms Dr Ltd Inc Co Corp No. No Chapter Section Part Figure Table Page Vol "
    "Yes Oh Well Please Thank Thanks OK Ok Hello Dear Sorry UTC GMT EST EDT PST PDT CET BST AM PM TV CEO CFO COO PhD"
)

# Frequent English words, so that a capitalised word at the start of a sentence
# or in a Title-Case headline is not taken for a name. Short, general and
# deliberately conservative: a word here can still be part of a longer name.
COMMON_WORDS = _words(
    "a about above accept according account across act action add added after again against "
    "age ago agree agreed agreement ahead aid aim air all allow allowed almost alone along "
    "already also although always among amid analyst analysts and announce announced annual "
    "another answer any anyone anything appear appeared approach approve approved area areas "
    "argue argued around arrest arrested as ask asked at attack attacks authorities average "
    "away back bad ban bank banks base based be became because become been before began begin "
    "behind being believe best better between big bill billion black body book border both "
    "break bring brought budget build building business but buy by call called calls came "
    "campaign can cannot capital car care case cases cause central century chance change "
    "changes charge charged chief child children choice citizens city claim claimed claims "
    "clear close closed come comes coming commercial common companies company concern "
    "concerns conflict consider continue continued control cost costs could country court "
    "crash crisis current cut cuts data day days deal death deaths debt decade decision "
    "declared deep defence defense demand described despite development did die died "
    "different do does doing done down drop due during each early east economic economy "
    "effort either election elections else end ended energy enough even event events ever "
    "every evidence expect expected experts face faced fact fall family far fast fear fell "
    "few fight figures final financial find fire firm firms first five follow following for "
    "force forces foreign former found four free friday from full fund further future gain "
    "game gave general get give given global go going good government governments great "
    "green group groups growth had half hand happen has have having he head health hear "
    "heard help her here high him his history hit hold home hope hoped hopes hospital house "
    "how however human hundreds if important in including increase industry inflation "
    "information inside instead interest international into investigation investors is "
    "issue issues it its job jobs join just keep key kill killed kind know known labour "
    "land large last late later launch law laws lead leader leaders leading least leave left "
    "less let level life like likely line little live local long look lose loss lost low "
    "made main major make makes making man many market markets may me measures media meet "
    "meeting member members men might military million minister money month months more "
    "morning most move much must my nation national near nearly need needs never new news "
    "next night no none nor not nothing now number of off offer office officer officers "
    "official officials often oil old on once one only open operation or order other others "
    "our out outside over own paid part parties party past pay peace people per percent "
    "perhaps period person place plan plans play point police policy political poll poor "
    "power president press pressure price prices prime prison private probably problem "
    "process program programme project protest protests public put question quickly race "
    "raise rate rates rather reached read real really reason record recent recently region "
    "remain remains report reported reports research residents rest result results return "
    "revealed right rights rise risk rose rule rules run safety said sales same saw say "
    "saying says school season second security see seen sell send sent service set several "
    "share shares she short should show showed side since six small so social some someone "
    "something soon speaking spending staff start started state states statement still "
    "stock stop strong students study such support sure system take taken takes talk talks "
    "tax team tell term than that the their them then there these they thing things think "
    "third this those though thought thousands threat three through time times to today "
    "together told too top total toward town trade troops trying two under union until up "
    "upon us use used very victims view violence vote voters wait want wanted war warned was "
    "watch water way we weapons week weeks well went were west what when where whether which "
    "while white who whole why wide will win with within without woman women work workers "
    "working world would year years yesterday yet you young your must safeguard tells told "
    "urges warns says slams hits backs faces eyes vows seeks plans eyes sees gets set sets "
    "new old top big free more most less first last best worst fresh high low key major "
    "breaking exclusive update live watch read how why what when who where after amid over "
    "into with from about against as at by for of on to up down out off via vs"
)

# Words of product, brand and place names that a person's name never holds
# ("Music Store", "Best Buy", "MacBook Pro"): evidence against guessing a person.
NOT_PERSON_WORDS = COMMON_WORDS | _words(
    "store stores music program player pro air classic commercial average industrial general "
    "united national international royal federal central standard digital mobile online "
    "smart power net web cloud tech auto car cars plane planes airplanes aircraft composite "
    "index holiday year christmas easter terminal theater theatre station center centre "
    "buy sell best black white red blue gold silver star sun moon day night light mini "
    "max plus ultra super mega micro touch book books phone pad video games software "
    "north south east west northern southern eastern western"
)

# Stock-market indices: names, but of no person, organisation or place. The
# exchange itself ("Nasdaq", "NYSE") stays an organisation.
INDICES = _phrases(
    "Dow Jones Industrial Average;Dow Jones;Dow;DJIA;INDU;S&P 500;S&P;Standard & Poor's 500;"
    "Standard & Poor 's 500;FTSE 100;FTSE;Footsie;Nikkei 225;Nikkei;Hang Seng;DAX;CAC 40;CAC;"
    "Kospi;KOSPI;Sensex;Nifty;ASX 200;TSX;Euro Stoxx 50;Stoxx;Shanghai Composite;"
    "Nasdaq Composite;Russell 2000;Russell;MSCI"
)

# All-caps words that are not organisations: currencies, units, common
# abbreviations of things ("LCD", "SUV") and of roles ("CEO").
NOT_ORG_ACRONYMS = _words(
    "USD EUR GBP JPY CNY RMB CHF CAD AUD INR KRW HKD RUB GDP GNP CPI CEO CFO COO CTO MP MPs "
    "TV DVD CD PC PCs LCD LED OLED VIP AI IT HIV AIDS DNA RNA GPS SUV SUVs UTC GMT EST PST AM PM "
    "OK FAQ PDF HTML URL ID PIN ATM IPO IPOs ETF NGO NGOs PR HR RSS USB WiFi UK US USA UAE EU "
    "UN A B C D E F G H I J K L M N O P Q R S T U V W X Y Z II III IV VI VII VIII IX XI XII "
    "ET PT CT MT BST CET AD BC BCE CE PS NB RIP MD PhD MBA BA MA BSc KM KG MW GW "
    # Computing, medicine and media terms written in capitals.
    "CPU GPU RAM ROM SSD HDD HD HDR HDMI DVI LAN WAN VPN API SDK OS iOS VR AR XR EV EVs FPS "
    "SIM GSM CDMA LTE 5G 4G SMS MMS SNS VOD ICU ER ECG EKG MRI CT COVID SARS MERS PPE "
    "HVAC RPM CPM CPC CTR ROI KPI PPI DOI ISBN ASAP FYI DIY LOL WTF OMG DM PM2 Q&A"
)

# Common nouns that, just before a name, say it is an organisation ("the
# automaker Chrysler", "its division, Opel") or a person ("analyst Chris Weafer").
ORG_NOUNS = _words(
    "company companies firm firms corporation group conglomerate automaker automakers carmaker "
    "manufacturer manufacturers maker makers producer retailer chain airline airlines carrier "
    "carriers bank banks lender insurer broker brokerage investor fund agency regulator "
    "ministry department division subsidiary unit units brand label studio publisher "
    "broadcaster network newspaper paper magazine website startup start-up giant rival "
    "rivals competitor partner operator provider supplier developer distributor club team "
    "party union organisation organization charity university college school institute "
    "exchange parent consortium outfit business venture"
)
PERSON_NOUNS = _words(
    "analyst analysts economist spokesman spokeswoman spokesperson executive officer chairman "
    "chairwoman chair president vice-president minister secretary director founder "
    "co-founder cofounder chief head leader manager governor senator lawmaker congressman "
    "congresswoman mayor ambassador envoy judge lawyer attorney professor researcher "
    "scientist author writer reporter journalist editor correspondent actor actress singer "
    "player coach striker captain star artist designer engineer officer commander general "
    "colonel sergeant soldier candidate premier chancellor king queen prince princess "
    "pope bishop priest pastor rabbi imam dr mr mrs ms "
    # Relatives and plain words for people ("her husband, Thabo Mokoena", "victim Ama Boateng").
    "husband wife son daughter mother father brother sister widow widower girlfriend boyfriend "
    "fiancee fiance grandson granddaughter grandmother grandfather uncle aunt nephew niece cousin "
    "teacher doctor nurse student activist resident victim suspect defendant businessman businesswoman "
    # Players, professions and public people ("keeper Kepa ...", "rapper ...", "MP ...").
    "goalkeeper keeper goalie midfielder defender winger quarterback pitcher batsman bowler skipper "
    "teammate team-mate jockey boxer golfer cyclist sprinter swimmer driver rapper musician comedian "
    "presenter chef photographer filmmaker playwright composer novelist poet historian columnist "
    "commentator physician surgeon prosecutor barrister diplomat politician billionaire tycoon "
    "colleague neighbour neighbor MP MEP"
)
# What only a person does, or undergoes, right after a name ("Ama Boateng died",
# "Ama Boateng was arrested", "has been elected"); a company pleads guilty, is
# charged, fined and named too, so those are not here.
HUMAN_VERBS = _words("died resigned testified smiled laughed married shrugged nodded wept")
HUMAN_PASSIVES = _words(
    "born arrested killed shot injured wounded sentenced elected jailed hospitalized hospitalised murdered stabbed"
)

# A person's role in apposition after a name ("Ama Boateng, a spokeswoman for the
# ministry,"): PERSON_NOUNS without the roles a company takes too ("the market
# leader", "a chip designer", "the biggest player", "an asset manager", "a market
# researcher"), with relatives and plain words for people.
PERSON_ROLES = _words(
    "spokesman spokeswoman spokesperson economist strategist chairman chairwoman president "
    "vice-president minister secretary director founder co-founder cofounder governor senator "
    "lawmaker congressman congresswoman mayor ambassador envoy judge lawyer attorney professor "
    "scientist author writer reporter journalist editor correspondent actor actress singer coach "
    "striker captain artist commander colonel sergeant soldier premier chancellor king queen prince "
    "princess pope bishop priest pastor rabbi imam executive officer analyst historian novelist "
    "poet activist campaigner businessman businesswoman entrepreneur teacher doctor nurse pilot "
    "farmer student resident veteran man woman boy girl mother father son daughter wife husband "
    "widow brother sister grandmother grandfather CEO CFO COO CTO"
)
