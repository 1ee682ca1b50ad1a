"""Organisations a reader of English news knows by their short name alone.

Chosen by rule, not from any page of the evaluation corpus, so that the list
would read the same whatever the news is about:
- the news agencies and the largest English-language broadcasters and papers;
- international and intergovernmental bodies;
- central banks and the main stock exchanges;
- national agencies that news names by acronym (FBI, NASA, ...);
- the ~50 largest companies by revenue (Fortune Global 500, early 2020s) and
  the ~40 largest by stock-market value, with their usual short names and
  older spellings (a company counts once however many sectors it spans);
- the best-known universities (world top-20 rankings).
Entries are surface forms as written in news, case kept.
"""

from __future__ import annotations


def _phrases(text: str) -> frozenset[str]:
    return frozenset(item.strip() for item in text.split(";") if item.strip())


NEWS = _phrases(
    "AFP;Agence France-Presse;AP;Associated Press;Reuters;Xinhua;Bloomberg;Yonhap;Kyodo;"
    "TASS;Interfax;ANSA;EFE;DPA;PTI;BBC;CNN;NPR;PBS;ABC News;CBS News;NBC News;Fox News;"
    "Al Jazeera;Sky News;CNBC;The New York Times;The Washington Post;The Wall Street Journal;"
    "The Guardian;The Times;The Economist;Financial Times;USA Today;Le Monde;Der Spiegel"
)

INTERNATIONAL = _phrases(
    "United Nations;UN;U.N.;NATO;European Union;EU;World Health Organization;WHO;"
    "International Monetary Fund;IMF;World Bank;World Trade Organization;WTO;OPEC;APEC;"
    "ASEAN;African Union;Arab League;OECD;UNESCO;UNICEF;UNHCR;Red Cross;Interpol;"
    "European Commission;European Parliament;European Council;G7;G8;G20;BRICS;"
    "International Criminal Court;International Atomic Energy Agency;IAEA;"
    "International Olympic Committee;IOC;FIFA;Amnesty International;Greenpeace;"
    "Human Rights Watch;Doctors Without Borders"
)

CENTRAL_BANKS_AND_EXCHANGES = _phrases(
    "Federal Reserve;Fed;European Central Bank;ECB;Bank of England;Bank of Japan;"
    "People's Bank of China;Reserve Bank of India;Bank of Canada;Reserve Bank of Australia;"
    "Swiss National Bank;Bundesbank;New York Stock Exchange;NYSE;Nasdaq;NASDAQ;"
    "London Stock Exchange;Tokyo Stock Exchange;Shanghai Stock Exchange;Hong Kong Stock Exchange"
)

AGENCIES = _phrases(
    "FBI;CIA;NSA;NASA;FDA;EPA;SEC;FAA;IRS;Pentagon;Kremlin;MI5;MI6;KGB;FSB;Mossad;"
    "Congress;Senate;House of Representatives;Supreme Court;European Space Agency;ESA"
)

COMPANIES = _phrases(
    # Largest by revenue.
    "Walmart;Wal-Mart;Amazon;State Grid;Saudi Aramco;Aramco;Sinopec;PetroChina;"
    "China National Petroleum;Apple;UnitedHealth;Berkshire Hathaway;CVS Health;Volkswagen;"
    "ExxonMobil;Exxon Mobil;Exxon;Alphabet;Google;McKesson;Toyota;Costco;JPMorgan Chase;"
    "JPMorgan;Microsoft;Trafigura;Shell;Royal Dutch Shell;Cardinal Health;Chevron;Samsung;"
    "Samsung Electronics;Vitol;Glencore;Ford;Ford Motor;General Motors;GM;Mercedes-Benz;"
    "Daimler;BP;ICBC;TotalEnergies;Stellantis;Walgreens;Foxconn;Hon Hai;Verizon;"
    "AT&T;Allianz;AXA;Ping An;China Mobile;Gazprom;Rosneft;Honda;Hyundai;BMW;Nissan;"
    "Home Depot;Kroger;Comcast;Siemens;Nestle;Nestlé;Bank of America;Citigroup;Citi;"
    "Wells Fargo;HSBC;Mitsubishi;Hitachi;Sony;Huawei;Alibaba;Tencent;"
    # Largest by market value.
    "Nvidia;Meta;Facebook;Tesla;TSMC;Broadcom;Visa;Mastercard;Eli Lilly;Novo Nordisk;"
    "Johnson & Johnson;Procter & Gamble;LVMH;Oracle;Netflix;Coca-Cola;PepsiCo;Intel;IBM;"
    "Cisco;AMD;Adobe;Salesforce;ASML;SAP;Roche;Novartis;Pfizer;Merck;AstraZeneca;"
    "Goldman Sachs;Morgan Stanley;McDonald's;Disney;Walt Disney;Boeing;Airbus;Nike;"
    "Starbucks;L'Oreal;Hermes;Unilever;Uber;Spotify;SpaceX;OpenAI;Twitter;X Corp"
)

UNIVERSITIES = _phrases(
    "Harvard;Harvard University;Oxford University;University of Oxford;Cambridge University;"
    "University of Cambridge;MIT;Massachusetts Institute of Technology;Stanford;"
    "Stanford University;Yale;Yale University;Princeton;Princeton University;Caltech;"
    "Columbia University;University of Chicago;Imperial College London;ETH Zurich;"
    "Tsinghua University;Peking University;University of Tokyo;UCLA"
)

KNOWN_ORGS = NEWS | INTERNATIONAL | CENTRAL_BANKS_AND_EXCHANGES | AGENCIES | COMPANIES | UNIVERSITIES
