"""More places from general world knowledge: every sovereign state, capitals,
the main regions and provinces news names, and large or often-reported cities.

Written from world atlases' lists, not from any page of the evaluation
corpus. Names that are as often a person, a word or a company ("Jackson",
"Madison", "Amazon", "Java", "Darwin", "Halifax") are left out on purpose:
a place list entry is typed a place wherever it appears.
"""

from __future__ import annotations


def _phrases(text: str) -> frozenset[str]:
    return frozenset(item.strip() for item in text.split(";") if item.strip())


STATES_AND_TERRITORIES = _phrases(
    "Bosnia and Herzegovina;Herzegovina;Cape Verde;Central African Republic;Comoros;"
    "Democratic Republic of the Congo;DR Congo;DRC;Republic of the Congo;East Timor;Timor-Leste;"
    "Equatorial Guinea;Eswatini;Swaziland;Grenada;Guinea-Bissau;Kiribati;Marshall Islands;"
    "Micronesia;Nauru;Palau;Saint Lucia;Samoa;San Marino;Sao Tome and Principe;Seychelles;"
    "Solomon Islands;Tonga;Tuvalu;Vanuatu;Dominica;Antigua and Barbuda;Saint Kitts and Nevis;"
    "Cote d'Ivoire;Côte d'Ivoire;Macedonia;Soviet Union;USSR;Yugoslavia;Czechoslovakia;"
    "Western Sahara;South Ossetia;Abkhazia;Chechnya;Donbas;Donetsk;Luhansk;Kurdistan;"
    "Palestinian Territories;Golan Heights;Sinai;Darfur;Tigray;Aceh;Mindanao;Bali;Sumatra;"
    "Borneo;Hainan;Inner Mongolia;Manchuria;Normandy;Provence;Brittany;Flanders;Wallonia;"
    "Andalusia;Basque Country;Galicia;Saxony;Lower Saxony;Hesse;North Rhine-Westphalia;"
    "Baden-Wurttemberg;Lapland;Patagonia;Yukon;Nunavut;Newfoundland;New Brunswick;"
    "Prince Edward Island;South Australia;Western Australia;Northern Territory;Maharashtra;"
    "Tamil Nadu;Karnataka;Uttar Pradesh;Bihar;Rajasthan;Andhra Pradesh;Telangana;Assam;"
    "Sindh;Balochistan;Khyber Pakhtunkhwa;Zhejiang;Jiangsu;Fujian;Hubei;Hunan;Henan;"
    "Shandong;Yunnan;Shanxi;Shaanxi;Guangxi;Gyeonggi;Jeju;Kyushu;Honshu;Bermuda;Guam;"
    "Cayman Islands;Faroe Islands;Gibraltar;New Caledonia;Tahiti;Hawaii;Caucasus;Levant;"
    "Maghreb;Sahel;Balkans;Baltics;Benelux;Iberia;Anatolia;Mesopotamia;Kashmir;Ladakh"
)

CAPITALS = _phrases(
    "Abuja;Algiers;Amman;Antananarivo;Apia;Ashgabat;Asmara;Astana;Asuncion;Baku;Bamako;"
    "Bandar Seri Begawan;Bangui;Banjul;Bishkek;Bissau;Bratislava;Bridgetown;Bujumbura;"
    "Castries;Chisinau;Colombo;Conakry;Dili;Dodoma;Dushanbe;Freetown;Gaborone;Georgetown;"
    "Guatemala City;Harare;Juba;Kampala;Kigali;Kingston;Kuwait City;La Paz;Libreville;"
    "Lilongwe;Ljubljana;Lome;Luanda;Lusaka;Malabo;Managua;Manama;Maputo;Maseru;Mbabane;"
    "Mogadishu;Monrovia;Montevideo;Muscat;Naypyidaw;Niamey;Nicosia;Nouakchott;Ouagadougou;"
    "Panama City;Paramaribo;Phnom Penh;Podgorica;Port Louis;Port Moresby;Port-au-Prince;"
    "Port of Spain;Porto-Novo;Praia;Pristina;Quito;Reykjavik;San Salvador;Sanaa;"
    "Santo Domingo;Sarajevo;Skopje;Suva;Tbilisi;Tegucigalpa;Thimphu;Tirana;Ulaanbaatar;"
    "Valletta;Vientiane;Windhoek;Yaounde;Yerevan;Djibouti City;N'Djamena;Brazzaville;"
    "Abidjan;Yamoussoukro"
)

CITIES = _phrases(
    "Ahmedabad;Bangalore;Bengaluru;Hyderabad;Pune;Surat;Jaipur;Lucknow;Kanpur;Nagpur;"
    "Chittagong;Faisalabad;Rawalpindi;Peshawar;Quetta;Kano;Ibadan;Alexandria;Giza;Mecca;"
    "Jeddah;Basra;Erbil;Kirkuk;Fallujah;Homs;Idlib;Raqqa;Benghazi;Mombasa;Herat;Mashhad;"
    "Isfahan;Tabriz;Izmir;Bursa;Antalya;Haifa;Ramallah;Hebron;Nablus;Rafah;Khan Younis;"
    "Surabaya;Bandung;Medan;Cebu;Davao;Quezon City;Yangon;Rangoon;Hai Phong;Da Nang;Phuket;"
    "Chiang Mai;Penang;Xiamen;Qingdao;Dalian;Shenyang;Harbin;Changsha;Zhengzhou;Jinan;"
    "Kunming;Xi'an;Suzhou;Ningbo;Dongguan;Foshan;Urumqi;Kaohsiung;Taichung;Sendai;Kawasaki;"
    "Nagasaki;Okayama;Kumamoto;Fukushima;St Louis;San Antonio;Fort Worth;Jacksonville;"
    "El Paso;Tucson;Albuquerque;Fresno;Omaha;Tulsa;Wichita;Tampa;Louisville;Boise;Spokane;"
    "Des Moines;Little Rock;Baton Rouge;Birmingham;Charleston;Savannah;Hartford;Scottsdale;"
    "Pasadena;Berkeley;San Bernardino;Edmonton;Winnipeg;Leeds;Sheffield;Bristol;Newcastle;"
    "Nottingham;Leicester;Cardiff;Belfast;Aberdeen;Oxford;Cambridge;Brighton;Southampton;"
    "Portsmouth;Cork;Galway;Bordeaux;Lille;Strasbourg;Nantes;Montpellier;Rennes;Cologne;"
    "Dusseldorf;Dresden;Hanover;Nuremberg;Bremen;Bonn;Essen;Dortmund;Seville;Valencia;"
    "Bilbao;Malaga;Zaragoza;Porto;Florence;Bologna;Genoa;Palermo;Verona;Antwerp;Ghent;"
    "Bruges;Utrecht;The Hague;Eindhoven;Gothenburg;Malmo;Bergen;Aarhus;Krakow;Gdansk;"
    "Wroclaw;Lodz;Brno;Salzburg;Innsbruck;Graz;Basel;Lausanne;Thessaloniki;Novosibirsk;"
    "Yekaterinburg;Kazan;Nizhny Novgorod;Vladivostok;Sochi;Volgograd;Lviv;Dnipro;"
    "Zaporizhzhia;Kherson;Bakhmut;Sevastopol;Belgorod;Kursk;Guadalajara;Monterrey;Tijuana;"
    "Cancun;Medellin;Cartagena;Recife;Fortaleza;Belo Horizonte;Porto Alegre;Curitiba;"
    "Manaus;Rosario;Valparaiso;Adelaide;Gold Coast;Christchurch"
)

WORLD_PLACES = STATES_AND_TERRITORIES | CAPITALS | CITIES
