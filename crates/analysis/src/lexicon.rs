//! Small hand-written gazetteers and word lists, and three lists generated from open data
//! (`data/`: world cities, English words, given names; each with the script that rebuilds it).

use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// Small fast hasher (FxHash) for the word tables; keys are not attacker-chosen hash-flooding
/// targets in a meaningful way (fixed gazetteers), and per-article sets are small.
#[derive(Default, Clone, Copy)]
pub struct Fx(u64);

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut v = 0u64;
            for (i, b) in chunk.iter().enumerate() {
                v |= (*b as u64) << (8 * i);
            }
            self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_usize(&mut self, i: usize) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<Fx>>;
pub type HashSet<K> = std::collections::HashSet<K, BuildHasherDefault<Fx>>;

fn set(s: &'static str) -> HashSet<&'static str> {
    s.split('|').map(str::trim).filter(|w| !w.is_empty()).collect()
}

/// Countries and regions: `name|demonym adjective|plural people noun` rows; aliases after `=`.
const COUNTRIES: &str = "
Afghanistan;Afghan;Afghans
Albania;Albanian;Albanians
Algeria;Algerian;Algerians
Angola;Angolan;Angolans
Argentina;Argentine,Argentinian;Argentines,Argentinians
Armenia;Armenian;Armenians
Australia;Australian;Australians
Austria;Austrian;Austrians
Azerbaijan;Azerbaijani;Azerbaijanis
Bahrain;Bahraini;Bahrainis
Bangladesh;Bangladeshi;Bangladeshis
Belarus;Belarusian;Belarusians
Belgium;Belgian;Belgians
Bolivia;Bolivian;Bolivians
Bosnia and Herzegovina=Bosnia;Bosnian;Bosnians
Brazil;Brazilian;Brazilians
Bulgaria;Bulgarian;Bulgarians
Burma=Myanmar;Burmese;Burmese
Cambodia;Cambodian;Cambodians
Cameroon;Cameroonian;Cameroonians
Canada;Canadian;Canadians
Chile;Chilean;Chileans
China;Chinese;Chinese
Colombia;Colombian;Colombians
Congo;Congolese;Congolese
Croatia;Croatian;Croatians,Croats
Cuba;Cuban;Cubans
Cyprus;Cypriot;Cypriots
Czech Republic;Czech;Czechs
Denmark;Danish;Danes
Ecuador;Ecuadorian;Ecuadorians
Egypt;Egyptian;Egyptians
England;English;English
Estonia;Estonian;Estonians
Ethiopia;Ethiopian;Ethiopians
Finland;Finnish;Finns
France;French;French
Georgia;Georgian;Georgians
Germany;German;Germans
Ghana;Ghanaian;Ghanaians
Greece;Greek;Greeks
Hungary;Hungarian;Hungarians
Iceland;Icelandic;Icelanders
India;Indian;Indians
Indonesia;Indonesian;Indonesians
Iran;Iranian;Iranians
Iraq;Iraqi;Iraqis
Ireland=Irish Republic,Republic of Ireland;Irish;Irish
Israel;Israeli;Israelis
Italy;Italian;Italians
Ivory Coast;Ivorian;Ivorians
Jamaica;Jamaican;Jamaicans
Japan;Japanese;Japanese
Jordan;Jordanian;Jordanians
Kazakhstan;Kazakh;Kazakhs
Kenya;Kenyan;Kenyans
Kosovo;Kosovan,Kosovar;Kosovars
Kuwait;Kuwaiti;Kuwaitis
Latvia;Latvian;Latvians
Lebanon;Lebanese;Lebanese
Libya;Libyan;Libyans
Lithuania;Lithuanian;Lithuanians
Luxembourg;Luxembourgish;Luxembourgers
Malaysia;Malaysian;Malaysians
Mali;Malian;Malians
Malta;Maltese;Maltese
Mexico;Mexican;Mexicans
Moldova;Moldovan;Moldovans
Morocco;Moroccan;Moroccans
Mozambique;Mozambican;Mozambicans
Nepal;Nepalese,Nepali;Nepalese
Netherlands=Holland;Dutch;Dutch
New Zealand;New Zealand;New Zealanders
Nigeria;Nigerian;Nigerians
North Korea;North Korean;North Koreans
Northern Ireland;Northern Irish;Northern Irish
Norway;Norwegian;Norwegians
Pakistan;Pakistani;Pakistanis
Palestine=Palestinian territories;Palestinian;Palestinians
Peru;Peruvian;Peruvians
Philippines;Filipino,Philippine;Filipinos
Poland;Polish;Poles
Portugal;Portuguese;Portuguese
Qatar;Qatari;Qataris
Romania;Romanian;Romanians
Russia=Russian Federation;Russian;Russians
Rwanda;Rwandan;Rwandans
Saudi Arabia;Saudi;Saudis
Scotland;Scottish,Scots;Scots
Senegal;Senegalese;Senegalese
Serbia;Serbian;Serbs,Serbians
Singapore;Singaporean;Singaporeans
Slovakia;Slovak;Slovaks
Slovenia;Slovenian;Slovenians
Somalia;Somali;Somalis
South Africa;South African;South Africans
South Korea;South Korean;South Koreans
Spain;Spanish;Spaniards
Sri Lanka;Sri Lankan;Sri Lankans
Sudan;Sudanese;Sudanese
Sweden;Swedish;Swedes
Switzerland;Swiss;Swiss
Syria;Syrian;Syrians
Taiwan;Taiwanese;Taiwanese
Thailand;Thai;Thais
Tunisia;Tunisian;Tunisians
Turkey;Turkish;Turks
Uganda;Ugandan;Ugandans
Ukraine;Ukrainian;Ukrainians
United Arab Emirates=UAE;Emirati;Emiratis
UK=United Kingdom,Britain,Great Britain,GB;British;Britons,British
US=USA,United States,United States of America,America,U.S.,the States;American;Americans
Uzbekistan;Uzbek;Uzbeks
Venezuela;Venezuelan;Venezuelans
Vietnam;Vietnamese;Vietnamese
Wales;Welsh;Welsh
Yemen;Yemeni;Yemenis
Zambia;Zambian;Zambians
Zimbabwe;Zimbabwean;Zimbabweans
Yugoslavia;Yugoslav,Yugoslavian;Yugoslavs
Soviet Union=USSR;Soviet;Soviets
Czechoslovakia;Czechoslovak;Czechoslovaks
Zaire;Zairean;Zaireans
Samoa;Samoan;Samoans
Fiji;Fijian;Fijians
Tonga;Tongan;Tongans
Haiti;Haitian;Haitians
Namibia;Namibian;Namibians
Tanzania;Tanzanian;Tanzanians
Botswana;Botswanan;Botswanans
Costa Rica;Costa Rican;Costa Ricans
Honduras;Honduran;Hondurans
Guatemala;Guatemalan;Guatemalans
Panama;Panamanian;Panamanians
Nicaragua;Nicaraguan;Nicaraguans
El Salvador;Salvadoran;Salvadorans
Paraguay;Paraguayan;Paraguayans
Uruguay;Uruguayan;Uruguayans
Dominican Republic;Dominican;Dominicans
Trinidad and Tobago=Trinidad;Trinidadian;Trinidadians
Barbados;Barbadian;Barbadians
Bahamas;Bahamian;Bahamians
Tajikistan;Tajik;Tajiks
Kyrgyzstan;Kyrgyz;Kyrgyz
Turkmenistan;Turkmen;Turkmens
Mongolia;Mongolian;Mongolians
Laos;Laotian;Laotians
Macedonia;Macedonian;Macedonians
Montenegro;Montenegrin;Montenegrins
Liberia;Liberian;Liberians
Sierra Leone;Sierra Leonean;Sierra Leoneans
Eritrea;Eritrean;Eritreans
Madagascar;Malagasy;Malagasy
Malawi;Malawian;Malawians
Mauritius;Mauritian;Mauritians
Burundi;Burundian;Burundians
Gabon;Gabonese;Gabonese
Togo;Togolese;Togolese
Benin;Beninese;Beninese
Burkina Faso;Burkinabe;Burkinabes
Oman;Omani;Omanis
Brunei;Bruneian;Bruneians
Papua New Guinea;Papua New Guinean;Papua New Guineans
East Timor;East Timorese;East Timorese
Bhutan;Bhutanese;Bhutanese
Maldives;Maldivian;Maldivians
Liechtenstein;Liechtensteiner;Liechtensteiners
Andorra;Andorran;Andorrans
Guyana;Guyanese;Guyanese
Suriname;Surinamese;Surinamese
Belize;Belizean;Belizeans
Lesotho;Basotho;Basotho
Swaziland;Swazi;Swazis
Djibouti;Djiboutian;Djiboutians
Gambia;Gambian;Gambians
Guinea;Guinean;Guineans
Guinea-Bissau;Bissau-Guinean;Bissau-Guineans
Equatorial Guinea;Equatorial Guinean;Equatorial Guineans
Mauritania;Mauritanian;Mauritanians
Niger;Nigerien;Nigeriens
Chad;Chadian;Chadians
Cape Verde;Cape Verdean;Cape Verdeans
Comoros;Comorian;Comorians
Seychelles;Seychellois;Seychellois
Grenada;Grenadian;Grenadians
Greenland;Greenlandic;Greenlanders
San Marino;Sammarinese;Sammarinese
Vanuatu;Ni-Vanuatu;Ni-Vanuatu
Zaire;Zairean;Zaireans
Europe;European;Europeans
Africa;African;Africans
Asia;Asian;Asians
Latin America;Latin American;Latin Americans
Middle East;Middle Eastern;
Scandinavia;Scandinavian;Scandinavians
Arabia;Arab;Arabs
";

/// Cities, regions, states and other well-known places (not countries).
const PLACES: &str = "South East|South West|North East|North West|East Anglia|Asia-Pacific|Asia Pacific|South East Asia|South-East Asia|East Asia|Central Asia|Abu Dhabi|Accra|Addis Ababa|Aleppo|Algiers|Amman|Amsterdam|Ankara|Antarctica|Arctic|Athens|Atlanta|Auckland|Baghdad|Baku|Bali|Baltimore|Bangkok|Barcelona|Basra|Beijing|Beirut|Belfast|Belgrade|Berlin|Bern|Birmingham|Bogota|Bombay|Bonn|Boston|Bradford|Brasilia|Bratislava|Brighton|Brisbane|Bristol|Brussels|Bucharest|Budapest|Buenos Aires|Cairo|Calcutta|Calgary|Cambridge|Canberra|Cannes|Cape Town|Cardiff|Caracas|Caribbean|Casablanca|Chechnya|Chelsea|Chicago|Copenhagen|Cornwall|Crimea|Dakar|Dallas|Damascus|Darfur|Delhi|Denver|Derby|Detroit|Devon|Dhaka|Doha|Donetsk|Dubai|Dublin|Dundee|Durban|Edinburgh|Essex|Falluja|Florence|Frankfurt|Gaza|Geneva|Glasgow|Gothenburg|Hamburg|Hanoi|Harare|Havana|Helsinki|Hollywood|Hong Kong|Honolulu|Houston|Istanbul|Jakarta|Jerusalem|Johannesburg|Kabul|Karachi|Kashmir|Kent|Kharkiv|Kherson|Khartoum|Kiev|Kyiv|Kinshasa|Kuala Lumpur|Lagos|Lahore|Las Vegas|Leeds|Leicester|Lima|Lisbon|Liverpool|Ljubljana|London|Los Angeles|Luhansk|Lyon|Madrid|Manchester|Manila|Marseille|Marseilles|Mecca|Melbourne|Miami|Milan|Minneapolis|Minsk|Monaco|Montreal|Moscow|Mumbai|Munich|Nairobi|Naples|Newcastle|New Delhi|New Orleans|New York|Nice|Nottingham|Odessa|Oslo|Ottawa|Oxford|Paris|Perth|Philadelphia|Phoenix|Prague|Pretoria|Pyongyang|Quebec|Rangoon|Reykjavik|Riga|Rio de Janeiro|Riyadh|Rome|Rotterdam|Salzburg|San Diego|San Francisco|Santiago|Sao Paulo|Sarajevo|Seattle|Seoul|Shanghai|Sheffield|Siberia|Singapore|Sofia|Southampton|St Petersburg|Stockholm|Strasbourg|Surrey|Sydney|Taipei|Tallinn|Tehran|Tel Aviv|Tokyo|Toronto|Tripoli|Tunis|Turin|Vancouver|Venice|Vienna|Vilnius|Warsaw|Washington|Wellington|West Bank|West End|Westminster|Yorkshire|Zagreb|Zaporizhzhia|Zurich|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|Bavaria|Catalonia|Tuscany|Sicily|Sardinia|Corsica|Flanders|Wallonia|Ulster|Anfield|Twickenham|Wembley|Old Trafford|Lansdowne Road|Murrayfield|Silicon Valley|Wall Street|Downing Street|Whitehall|Pacific|Atlantic|Mediterranean|Gulf|Balkans|Sahara|Himalayas|Alps|Everest|Nile|Thames|Black Sea|Baltic|Persian Gulf|North Sea|East Midlands|West Midlands|Midlands|Merseyside|Tyneside|Lancashire|Cheshire|Norfolk|Suffolk|Sussex|Hampshire|Dorset|Somerset|Highlands|Abuja|Soweto|Sinai|Golan Heights|Tibet|Xinjiang|Chernobyl|Hiroshima|Okinawa|Fukushima|Marbella|Ibiza|Majorca|Dover|Calais|Heathrow|Gatwick|Soho";

/// Words that, as the last word of a capitalised name, mark a place.
const PLACE_HEADS: &str = "Road|Dome|Pradesh|Wharf|Moor|Quay|Docks|Odeon|Pier|Marina|Street|Avenue|Lane|Square|Park|Stadium|Arena|Bridge|Island|Islands|Valley|Mountain|Mountains|River|Lake|Bay|County|Province|Region|Coast|Sea|Ocean|Desert|Airport|Hill|Hills|Heights|Peninsula|Strait|Forest|Canal|Harbour|Port|Gardens|Common|Green|Abbey|Cathedral|Palace|Castle|Tower|Theatre|Theater|Hall|Centre|Field|Ground|Circuit|Way|Row|Place|Crescent";

/// Words that, anywhere in a capitalised name, mark an organisation.
const ORG_WORDS: &str = "Observer|Tribune|Fellowship|Publishers|Research|Analytics|Breweries|Trustees|Laboratory|Bancorp|Mining|Chemicals|Shipping|Newspapers|Quartet|Ensemble|Ballet|Regiment|Corps|Squadron|Battalion|Constabulary|Guards|Registry|Boerse|Borse|Bourse|AK|SV|SK|BK|FK|AFC|CFC|Executive|Guild|Guilds|Library|Museum|Gallery|Orchestra|United|Limited|Telekom|Bros|Brothers|Sons|Revenue|Comics|City|Customs|Exchequer|Inc|Ltd|Plc|plc|PLC|Corp|Corporation|Co|Company|Companies|Group|Holdings|Bank|Banks|Ministry|Department|Agency|Administration|Council|Committee|Commission|Association|Society|Institute|Institution|University|College|School|Academy|Party|Federation|Foundation|Union|Organisation|Organization|Office|Court|Parliament|Assembly|Senate|Congress|Fund|Trust|Board|Authority|Service|Services|Securities|Partners|Airlines|Airways|Motors|Records|Entertainment|Pictures|Studios|Television|TV|Radio|News|Network|Networks|Times|Post|Journal|Herald|Telegraph|Guardian|Gazette|Magazine|Church|League|Club|FC|Athletic|Rovers|Wanderers|Albion|Hotspur|Communications|Telecom|Technologies|Technology|Systems|Software|Electronics|Industries|Energy|Oil|Petroleum|Pharmaceuticals|Labs|Laboratories|Media|Press|Broadcasting|Channel|Exchange|Reserve|Treasury|Government|Cabinet|Police|Army|Navy|Forces|Command|Alliance|Coalition|Movement|Front|Brigade|Campaign|Initiative|Programme|Project|Council|Federation|Taskforce|Review|Capital|Investments|Insurance|Finance|Financial|Motor|Foods|Stores|Brewery|Airport|Railways|Rail|Trains|Mobile|Unit|Squad|Team|Board|Bureau|Directorate|Inspectorate|Tribunal|Chamber|Chambers|Forum|Consortium|Partnership|Films|Productions|Recordings|Publishing|Publications|Games|Ventures|Associates|Consulting|Logistics|Therapeutics|Biotech|Pharma|Cinemas|Hotels|Resorts|Commons|Lords|Institute|Centre|Center|Council|Conservatives|Tories|Democrats|Republicans|Labour|Fed|LLP|LLC|GmbH|AG|NV|Healthcare|Cruises|Survey|Hospital|Infirmary";

/// Well-known organisations written as one word or acronym.
const ORGS: &str = "Isil|ISIL|ISIS|Daesh|Frontex|Charlie Hebdo|BBC|ITV|MTV|NBC|CBS|ABC|CNN|Fox|Sky|Reuters|AFP|Bloomberg|Forbes|Google|Microsoft|Apple|Sony|Nokia|Samsung|Intel|IBM|Amazon|Yahoo|eBay|Facebook|Twitter|Motorola|Ericsson|Siemens|Philips|Nintendo|Sega|Vodafone|Orange|BT|Virgin|Tesco|Sainsbury|Boeing|Airbus|Toyota|Honda|Nissan|Ford|GM|Volkswagen|BMW|Renault|Fiat|Shell|BP|Exxon|Chevron|Gazprom|Yukos|Rosneft|Disney|Warner|Paramount|Universal|Fifa|Uefa|FA|IOC|Nato|NATO|UN|EU|IMF|WTO|WHO|Opec|OPEC|FBI|CIA|NHS|Interpol|Europol|Unicef|UNICEF|Unesco|Kremlin|Pentagon|Hamas|Hezbollah|Taliban|Labour|Tory|Tories|Conservatives|Liberal Democrats|Lib Dems|Democrats|Republicans|Greens|UKIP|Ukip|SNP|Sinn Fein|Plaid Cymru|Adidas|adidas|Nike|Reebok|Puma|Arsenal|Chelsea|Liverpool|Everton|Tottenham|Spurs|Newcastle|Celtic|Rangers|Juventus|Barcelona|Real Madrid|Bayern|Ajax|Leinster|Ulster|Portsmouth|Southampton|Fulham|Middlesbrough|Blackburn|Bolton|Charlton|Aston Villa|West Ham|Leeds|Sunderland|Wigan|Wolves|Millwall|Hearts|Hibernian|Aberdeen|Lazio|Roma|Inter|Milan|Porto|Benfica|PSV|Monaco|Lyon|Toulouse|Wasps|Saracens|Leicester Tigers|Gloucester|Bath|Harlequins|Sale|Symantec|McAfee|NTL|Nasdaq|Dow Jones|Ofcom|Ofwat|Ofgem|Ofsted|Oftel|Opec|Unilever|Nestle|Glaxo|GlaxoSmithKline|AstraZeneca|Pfizer|Barclays|HSBC|Lloyds|RBS|NatWest|Citigroup|Goldman Sachs|Morgan Stanley|JP Morgan|Merrill Lynch|Deutsche Bank|UBS|Credit Suisse|Halifax|Abbey|Aviva|Prudential|AOL|TimeWarner|Time Warner|Viacom|Vivendi|Bertelsmann|EMI|Napster|Kazaa|Skype|RealNetworks|Macromedia|Adobe|Oracle|SAP|Dell|HP|Compaq|Xerox|Kodak|Canon|Nikon|Panasonic|Toshiba|Hitachi|Fujitsu|NEC|Sharp|Pioneer|Palm|RIM|Qualcomm|Cisco|Alcatel|Nortel|Lucent|Verizon|AT&T|Sprint|T-Mobile|O2|Orange|Tiscali|Wanadoo|Freeserve|Bafta|Hamleys|Marks and Spencer|Interbrew|Ryanair|easyJet|EasyJet|BAA|Railtrack|Eurotunnel|Eurostar|Peugeot|Citroen|Ferrari|McLaren|Jaguar|Rover|MG Rover|Vauxhall|Opel|Daimler|DaimlerChrysler|Mercedes-Benz|Mercedes Benz|Chrysler|Mercedes|Audi|Porsche|Volvo|Saab|Scania|Ikea|H&M|Zara|Gap|Primark|Asda|Walmart|Wal-Mart|Morrisons|Safeway|Boots|Dixons|Comet|Currys|Argos|Debenhams|Selfridges|Harrods|Burberry|Gucci|Prada|Chanel|Dior|Vuitton|LVMH|Coca-Cola|Pepsi|PepsiCo|Cadbury|Kraft|Heinz|Danone|Diageo|Guinness|Heineken|Carlsberg|Starbucks|McDonald's|Burger King|KFC|Wimpy|Greenpeace|Oxfam|Amnesty|Amnesty International|Liberty|Red Cross";

/// Broader gazetteer of well-known organisations, written from general knowledge (companies
/// across sectors and countries, media, broadcasters, banks, airlines, carmakers, tech firms,
/// clubs and governing bodies, international bodies, agencies, parties, unions, universities,
/// labels, bands). Names that are also common words, first names, surnames or places are left
/// out: context cues type those.
const ORGS_MORE: &str = "Fannie Mae|Freddie Mac|Brown & Williamson|Brown and Williamson|Pew Internet and American Life Project|Pew Research Center|Reporters Without Borders|Reporters Sans Frontieres|Doctors Without Borders|Engineers Without Borders|the Nationwide|the Tote|Moody's|Standard & Poor's|Standard and Poor's|Sotheby's|Christie's|Sainsbury's|Alcoa|Allianz|AXA|ING|ABN Amro|BNP Paribas|Societe Generale|Credit Agricole|Commerzbank|Dresdner Bank|HypoVereinsbank|Santander|BBVA|UniCredit|Sanpaolo|Fortis|Dexia|Nomura|Mizuho|Mitsubishi|Sumitomo|Bank of America|Wells Fargo|Wachovia|Lehman Brothers|Bear Stearns|Charles Schwab|BlackRock|Legal & General|Standard Life|Norwich Union|Royal & SunAlliance|Zurich Financial|Swiss Re|Munich Re|Lloyd's of London|Northern Rock|Bradford & Bingley|Alliance & Leicester|HBOS|Abbey National|Standard Chartered|Old Mutual|Schroders|Man Group|3i|Capita|Rentokil|BAE Systems|Rolls-Royce|Smiths Group|GKN|Lockheed Martin|Northrop Grumman|Raytheon|General Dynamics|EADS|Thales|Dassault|Finmeccanica|Bombardier|Embraer|Honeywell|General Electric|GE|Emerson|3M|Caterpillar|Komatsu|ThyssenKrupp|Krupp|Arcelor|Corus|Tata|Tata Steel|Nippon Steel|Posco|BHP Billiton|Rio Tinto|Anglo American|Xstrata|De Beers|TotalFide|Eni|Repsol|Statoil|Petrobras|PetroChina|Sinopec|CNOOC|Lukoil|TNK-BP|Sibneft|Saudi Aramco|ConocoPhillips|Halliburton|Schlumberger|Texaco|Centrica|British Gas|National Grid|Scottish Power|ScottishPower|Powergen|E.ON|RWE|EDF|Enel|Iberdrola|Thames Water|Severn Trent|United Utilities|Enron|WorldCom|Tyco|Parmalat|Ahold|Marconi|Vodafone|Telefonica|Deutsche Telekom|France Telecom|Telecom Italia|KPN|Swisscom|TeliaSonera|Telenor|NTT|DoCoMo|KDDI|China Mobile|SBC|BellSouth|Qwest|Comcast|Cablevision|Telewest|Cable & Wireless|Kingston Communications|Carphone Warehouse|Virgin Mobile|Virgin Atlantic|Virgin Megastores|Hutchison|Hutchison Whampoa|Tesco|J Sainsbury|Woolworths|Marks & Spencer|M&S|John Lewis|Waitrose|Somerfield|Kingfisher|B&Q|Homebase|MFI|House of Fraser|BHS|Arcadia|Topshop|Next plc|WH Smith|WHSmith|HMV|Virgin Records|Waterstone's|Ottakar's|Blockbuster|Game Group|GUS|Littlewoods|Kesa|Carrefour|Auchan|Aldi|Lidl|Costco|Target Corp|Kmart|Sears|Home Depot|Best Buy|Circuit City|Toys R Us|Bloomingdale's|Macy's|Saks|Nordstrom|JC Penney|Procter & Gamble|P&G|Colgate|Johnson & Johnson|L'Oreal|Reckitt Benckiser|Nestle|Kellogg|General Mills|Hershey|Sara Lee|Tate & Lyle|Associated British Foods|Northern Foods|Unilever|Allied Domecq|Pernod Ricard|Scottish & Newcastle|SABMiller|InBev|Anheuser-Busch|Interbrew|Whitbread|Mitchells & Butlers|Sodexho|InterContinental|Accor|Ladbrokes|William Hill|Betfair|Camelot|Merck|Novartis|Roche|Sanofi-Aventis|Aventis|Bayer|BASF|Eli Lilly|Bristol-Myers Squibb|Wyeth|Amgen|Genentech|Shire|Novo Nordisk|ICI|Dow Chemical|DuPont|Monsanto|Syngenta|Akzo Nobel|British Airways|BA|Lufthansa|Air France|KLM|Air France-KLM|Iberia|Alitalia|SAS|Aer Lingus|bmi|Flybe|Jet2|Delta Air Lines|United Airlines|American Airlines|US Airways|Southwest|JetBlue|Qantas|Emirates|Singapore Airlines|Cathay Pacific|Japan Airlines|Air India|Aeroflot|TUI|Thomas Cook|MyTravel|First Choice|Lastminute.com|Expedia|Stagecoach|FirstGroup|National Express|Arriva|Go-Ahead|Network Rail|Hyundai|Kia|Daewoo|Mazda|Mitsubishi Motors|Subaru|Suzuki|Yamaha|Kawasaki|Proton|Lexus|Skoda|Bentley|Rolls Royce|Aston Martin|Land Rover|Lamborghini|Maserati|Alfa Romeo|Lancia|General Motors|Cadillac|Chevrolet|Pontiac|Hummer|Tesla|Michelin|Bridgestone|Goodyear|Pirelli|Continental AG|Bosch|Valeo|Delphi|Visteon|Microsoft|Google|Yahoo|Ask Jeeves|Lycos|AltaVista|Inktomi|LookSmart|MSN|Hotmail|Netscape|Apple Computer|Sun Microsystems|Silicon Graphics|Novell|Red Hat|SuSE|Mandrake|Borland|Symantec|Trend Micro|Sophos|F-Secure|Kaspersky|Panda Software|Check Point|Computer Associates|EDS|Accenture|Capgemini|LogicaCMG|Logica|Misys|Autonomy|ARM|CSR|Imagination Technologies|Psion|Amstrad|Dixons Group|PC World|Apple Computer Inc|Texas Instruments|AMD|Transmeta|Nvidia|ATI|Infineon|STMicroelectronics|Philips Semiconductors|Freescale|Broadcom|Marvell|Micron|Hynix|Elpida|TSMC|Foxconn|Acer|Asus|Lenovo|eMachines|Lexmark|Epson|Ricoh|Konica Minolta|Olympus|Casio|JVC|Sanyo|Matsushita|Kenwood|Bang & Olufsen|Creative Technology|iRiver|Archos|RealNetworks|Macrovision|TiVo|Sky|BSkyB|British Sky Broadcasting|Freeview|Freesat|ntl|Ticketmaster|Live Nation|Clear Channel|Vivendi Universal|Universal Music|Sony BMG|BMG|Warner Music|EMI|Parlophone|Island Records|Def Jam|Atlantic Records|Columbia Records|Sony Music|XL Recordings|Rough Trade|Polydor|Interscope|Geffen|Capitol Records|Motown|Apple Corps|OD2|Wippit|Grokster|LimeWire|BitTorrent|eDonkey|Sharman Networks|Audiogalaxy|RIAA|BPI|IFPI|MPAA|Recording Industry Association of America|British Phonographic Industry|Motion Picture Association of America|DreamWorks|Pixar|Miramax|MGM|Metro-Goldwyn-Mayer|20th Century Fox|Twentieth Century Fox|Columbia Pictures|Sony Pictures|New Line|New Line Cinema|Working Title|Pathe|Channel 4|Channel4|Channel 5|S4C|RTE|ITV1|ITV2|BBC One|BBC Two|BBC1|BBC2|BBC3|BBC4|BBC Three|BBC Four|E4|Sky One|Sky News|Sky Sports|Eurosport|Setanta|Al-Jazeera|Al Jazeera|Al-Arabiya|CNBC|Fox News|PBS|NPR|HBO|Showtime|ESPN|Nickelodeon|Cartoon Network|CBC|ABC News|ZDF|ARD|RAI|Mediaset|TF1|Canal Plus|Canal+|NHK|GMTV|Channel Four|Capital Radio|Emap|GCap|Chrysalis|Virgin Radio|Classic FM|Radio 1|Radio 4|Radio Five Live|Five Live|5 Live|Associated Press|Press Association|Dow Jones Newswires|Agence France-Presse|Xinhua|Itar-Tass|Interfax|Kyodo|Bloomberg News|Financial Times|FT|The Times|Sunday Times|The Guardian|The Observer|The Independent|Daily Telegraph|Daily Mail|Mail on Sunday|Daily Express|Daily Mirror|The Sun|The Mirror|News of the World|Evening Standard|The Scotsman|The Herald|Daily Record|Wall Street Journal|New York Times|Washington Post|Los Angeles Times|USA Today|Newsweek|The Economist|Le Monde|Le Figaro|Der Spiegel|Bild|Die Welt|Frankfurter Allgemeine|Corriere della Sera|La Repubblica|El Pais|Asahi Shimbun|Yomiuri Shimbun|Nikkei|Pravda|Izvestia|Hollywood Reporter|Rolling Stone|NME|News Corp|News Corporation|News International|Trinity Mirror|Daily Mail and General Trust|DMGT|Pearson|Reed Elsevier|Reuters Group|Thomson Corporation|United Business Media|Johnston Press|Guardian Media Group|Telegraph Group|Hollinger|Hollinger International|Associated Newspapers|Independent News & Media|Northern & Shell|Time Inc|Conde Nast|Hachette|Random House|HarperCollins|Bloomsbury|Scholastic|Oxford University Press|Cambridge University Press|Harvard|Harvard University|Harvard Law School|Harvard Business School|Yale|Yale University|Princeton University|Stanford University|MIT|Caltech|Oxford University|Cambridge University|Imperial College|LSE|London School of Economics|UCL|King's College|Edinburgh University|Sorbonne|Electronic Arts|Activision|Ubisoft|Take-Two|Rockstar|Rockstar Games|Eidos|SCi|Vivendi Games|THQ|Atari|Infogrames|Capcom|Konami|Namco|Square Enix|Bandai|Midway|Codemasters|Lionhead|Blizzard|Id Software|Sony Computer Entertainment|SCEE|Nintendo of America|Microsoft Game Studios|Bungie|Cingular|Nextel|Alltel|Virgin Media|Orange UK|O2 UK|mmO2|Vodafone UK|Hutchison 3G|T-Mobile UK|BT Group|BT Openworld|AOL UK|Wanadoo UK|PlusNet|Pipex|Bulldog|Easynet|Zen Internet|Energis|Ofcom|Oftel|Ofgem|Ofwat|Ofsted|Ofqual|Postcomm|Postwatch|Royal Mail|Consignia|Post Office|Parcelforce|TNT|DHL|UPS|FedEx|Deutsche Post|La Poste|Financial Services Authority|FSA|Office of Fair Trading|OFT|Competition Commission|Serious Fraud Office|SFO|Inland Revenue|HM Revenue and Customs|HMRC|Customs and Excise|Bank of England|Federal Reserve|European Central Bank|ECB|Bundesbank|Bank of Japan|Banque de France|Office for National Statistics|ONS|Confederation of British Industry|CBI|Institute of Directors|IoD|Trades Union Congress|TUC|British Retail Consortium|BRC|Royal Institution of Chartered Surveyors|RICS|Council of Mortgage Lenders|CML|Engineering Employers' Federation|EEF|Federation of Small Businesses|National Institute of Economic and Social Research|Niesr|Institute for Fiscal Studies|IFS|Securities and Exchange Commission|SEC|Federal Trade Commission|FTC|Federal Communications Commission|FCC|Department of Justice|Justice Department|Food and Drug Administration|FDA|Nasa|Esa|European Space Agency|Noaa|Environmental Protection Agency|EPA|Homeland Security|Department of Homeland Security|NSA|National Security Agency|DEA|ATF|Secret Service|MI5|MI6|GCHQ|Scotland Yard|Metropolitan Police|Met Police|Crown Prosecution Service|CPS|Home Office|Foreign Office|Ministry of Defence|MoD|Department of Health|Department for Education|Department of Trade and Industry|DTI|Department for Work and Pensions|DWP|Defra|Cabinet Office|Number 10|Electoral Commission|Audit Commission|National Audit Office|NAO|Health and Safety Executive|HSE|Environment Agency|Food Standards Agency|Arts Council|National Lottery|Big Lottery Fund|Charity Commission|Church of England|Vatican|United Nations|UN Security Council|Security Council|World Bank|International Monetary Fund|World Trade Organization|World Trade Organisation|World Health Organization|World Health Organisation|Unhcr|UNDP|Unaids|WFP|World Food Programme|FAO|ILO|International Labour Organisation|Iaea|International Atomic Energy Agency|OECD|Organisation for Economic Co-operation and Development|G7|G8|G20|Asean|Apec|African Union|Arab League|Commonwealth|OSCE|Council of Europe|European Commission|European Parliament|European Union|European Court of Justice|European Court of Human Rights|International Criminal Court|ICC|Mercosur|Nafta|Nato|Warsaw Pact|Red Crescent|ICRC|Medecins Sans Frontieres|MSF|Save the Children|ActionAid|Christian Aid|Cafod|Tearfund|Human Rights Watch|Friends of the Earth|WWF|RSPB|RSPCA|NSPCC|Barnardo's|Age Concern|Help the Aged|Cancer Research UK|British Heart Foundation|Comic Relief|Live Aid|Band Aid|Make Poverty History|War on Want|Countryside Alliance|League Against Cruel Sports|Stonewall|Liberty|Al-Qaeda|Al Qaeda|IRA|Provisional IRA|ETA|PKK|Fatah|Islamic Jihad|Hizbollah|Muslim Brotherhood|Islamic State|Labour Party|Conservative Party|Liberal Democrat|Liberal Democrats|Lib Dem|Green Party|BNP|British National Party|Veritas|Democratic Unionist Party|DUP|Ulster Unionist Party|UUP|SDLP|Alliance Party|Scottish National Party|Scottish Socialist Party|Democratic Party|Republican Party|GOP|CDU|SPD|FDP|CSU|Christian Democrats|Social Democrats|UMP|Socialist Party|Socialists|Front National|National Front|Forza Italia|PSOE|Popular Party|ANC|Zanu-PF|MDC|Likud|Kadima|Congress Party|BJP|Communist Party|Unison|Amicus|T&G|TGWU|Transport and General Workers Union|GMB|RMT|Aslef|PCS|NUT|National Union of Teachers|NASUWT|NUS|National Union of Students|CWU|Communication Workers Union|FBU|Fire Brigades Union|BMA|British Medical Association|RCN|Royal College of Nursing|Law Society|Bar Council|Police Federation|NFU|National Farmers Union|Teamsters|AFL-CIO|United Auto Workers|UAW|Fifa|Uefa|Football Association|FA|Premier League|Football League|SPL|Scottish Premier League|SFA|Scottish Football Association|FAI|IRB|International Rugby Board|RFU|Rugby Football Union|WRU|Welsh Rugby Union|IRFU|SRU|Scottish Rugby Union|Rugby Football League|RFL|International Cricket Council|England and Wales Cricket Board|MCC|Marylebone Cricket Club|UK Athletics|Wada|World Anti-Doping Agency|Usada|UK Sport|Sport England|BOA|British Olympic Association|IOC|International Olympic Committee|Locog|LTA|Lawn Tennis Association|ATP|WTA|ITF|All England Club|R&A|Royal and Ancient|PGA|European Tour|USGA|FIA|Formula One Management|FOM|Jockey Club|Horserace Betting Levy Board|BBBC|NBA|NFL|MLB|NHL|Nascar|UCI|FINA|Manchester United|Man Utd|Man United|Manchester City|Man City|Bolton Wanderers|Birmingham City|West Bromwich Albion|West Brom|Crystal Palace|Norwich City|Leicester City|Leeds United|Nottingham Forest|Derby County|Sheffield United|Sheffield Wednesday|Ipswich Town|Coventry City|Stoke City|Preston North End|Cardiff City|Swansea City|Plymouth Argyle|Brighton and Hove Albion|Queens Park Rangers|QPR|Luton Town|Hull City|Doncaster Rovers|Bristol City|Bristol Rovers|Exeter City|Dundee United|Kilmarnock|Inverness Caledonian Thistle|Partick Thistle|St Johnstone|St Mirren|Dunfermline|Hibs|AC Milan|Inter Milan|Internazionale|Juve|Sampdoria|Udinese|Atletico Madrid|Deportivo La Coruna|Deportivo|Real Betis|Villarreal|Espanyol|Athletic Bilbao|Real Sociedad|Osasuna|Bayer Leverkusen|Borussia Dortmund|Werder Bremen|Schalke|Hamburg SV|VfB Stuttgart|Hertha Berlin|Olympique Lyonnais|Olympique Marseille|Paris St-Germain|Paris Saint-Germain|PSG|Feyenoord|Sporting Lisbon|Anderlecht|Club Brugge|Galatasaray|Fenerbahce|Besiktas|Olympiakos|Panathinaikos|CSKA Moscow|Spartak Moscow|Dynamo Kiev|Shakhtar Donetsk|Rosenborg|Boca Juniors|River Plate|Flamengo|LA Galaxy|Leicester Tigers|Northampton Saints|London Irish|Bristol Rugby|Newcastle Falcons|Leeds Tykes|Worcester Warriors|Gloucester Rugby|Bath Rugby|London Wasps|NEC Harlequins|Munster|Connacht|Llanelli Scarlets|Scarlets|Cardiff Blues|Ospreys|Neath-Swansea Ospreys|Newport Gwent Dragons|Celtic Warriors|Border Reivers|Edinburgh Rugby|Glasgow Warriors|Stade Francais|Clermont Auvergne|Wigan Warriors|Leeds Rhinos|Bradford Bulls|Warrington Wolves|All Blacks|Wallabies|Springboks|British and Irish Lions|British & Irish Lions|Yorkshire County Cricket Club|Lancashire County Cricket Club|Surrey County Cricket Club|McLaren|Ferrari|Renault F1|BAR|Minardi|Sauber|Red Bull Racing|Jaguar Racing|Toyota F1|Red Bull|Coca-Cola|U2|Coldplay|Blur|Radiohead|The Beatles|Beatles|Rolling Stones|The Rolling Stones|Pink Floyd|Led Zeppelin|The Who|Duran Duran|Spandau Ballet|Culture Club|Pet Shop Boys|Depeche Mode|New Order|The Cure|The Smiths|Simply Red|Take That|Westlife|Boyzone|McFly|Girls Aloud|Sugababes|Atomic Kitten|Spice Girls|S Club 7|Franz Ferdinand|The Libertines|Libertines|Babyshambles|Kaiser Chiefs|Bloc Party|The Darkness|Snow Patrol|Stereophonics|Manic Street Preachers|Kasabian|Razorlight|Scissor Sisters|The Killers|Green Day|Destiny's Child|Black Eyed Peas|The Black Eyed Peas|Maroon 5|REM|R.E.M.|Red Hot Chili Peppers|Metallica|Aerosmith|Bon Jovi|Guns N' Roses|Nirvana|Foo Fighters|Pearl Jam|Linkin Park|D12|Outkast|The Strokes|White Stripes|The White Stripes|Beastie Boys|Run DMC|Public Enemy|Wu-Tang Clan|Abba|Bee Gees|Fleetwood Mac|The Eagles|Dire Straits|Status Quo|The Clash|Sex Pistols|UB40|Massive Attack|Portishead|Prodigy|The Prodigy|Chemical Brothers|Daft Punk|Faithless|Basement Jaxx|Moloko|Goldfrapp|Roxy Music|Deep Purple|Black Sabbath|Iron Maiden|Motorhead|Def Leppard|Kings of Leon|Arcade Fire|The Streets|So Solid Crew|Mis-Teeq|Liberty X|Hear'Say|Bananarama|All Saints|East 17|Boyz II Men|TLC|Backstreet Boys|N Sync|NSync|Corrs|The Corrs|Cranberries|The Pogues|Thin Lizzy|Motley Crue|Van Halen|Slipknot|Evanescence|Good Charlotte|Blink-182|Sum 41|The Vines|Wolfmother|Silverchair|INXS|AC/DC|Crowded House|Gorillaz|Sony Ericsson|Nokia Siemens|LG|LG Electronics|Samsung Electronics|Matsushita Electric|Hewlett-Packard|Electronic Data Systems|Cisco Systems|Intel Corp|Dell Inc|Amazon.com|eBay|PayPal|Skype|Friends Reunited|MySpace|Friendster|Wikipedia|Napster|Bebo|Flickr|Six Apart|Technorati|Feedster|Bloglines|Tiscali|Freeserve|Wanadoo|Vonage|Net2Phone|Sky Broadband|Lucent Technologies|Alcatel-Lucent|Ericsson AB|Siemens AG|Nokia Corp|Motorola Inc|Palm Inc|PalmOne|Handspring|Research In Motion|Symbian|Sendo|Openwave|Vivendi Universal Games|Atari Inc|Dolby|THX|DivX|Adobe Systems|Macromedia Inc|Intuit|Salesforce|Salesforce.com|Siebel|PeopleSoft|BEA Systems|Veritas Software|EMC|NetApp|Seagate|Western Digital|Maxtor|Iomega|SanDisk|Rambus|Unisys|NCR|Xerox Parc|Bell Labs|IBM Research|Microsoft Research|Fraunhofer|CERN|BT Retail|BT Wholesale|Openreach|Hewlett Packard|Wal-Mart Stores|Citibank|Citi|JPMorgan|JPMorgan Chase|JP Morgan Chase|American Express|Amex|Visa International|MasterCard|Barclaycard|Lloyds TSB|TSB|Co-operative Bank|Co-op|Cooperative Bank|Alliance Boots|Boots Group|Superdrug|Dixons Retail|Carphone|Phones 4u|Phones4u|Hasbro|Mattel|Lego|Bandai Namco|Hamleys|Woolworth|Starbucks|Pret A Manger|Greggs|Domino's|Pizza Hut|Travelodge|Premier Inn|Center Parcs|Butlins|Disneyland|Euro Disney|Walt Disney|Disney Pictures|Marvel|Marvel Comics|Marvel Entertainment|DC Comics|Lucasfilm|Industrial Light & Magic|Aardman|Aardman Animations|Ealing Studios|Pinewood|Pinewood Studios|Shepperton|BBC Worldwide|BBC Films|Film Four|FilmFour|UK Film Council|Film Council|BFI|British Film Institute|Academy of Motion Picture Arts and Sciences|Royal Shakespeare Company|RSC|National Theatre|Royal Opera House|English National Opera|ENO|Tate Modern|British Museum|National Gallery|V&A|Victoria and Albert Museum|Science Museum|Natural History Museum|Royal Academy|Arts Council England";

/// Titles and roles stripped from the front of person names (lower-cased, may be multi-word).
const TITLES: &str = "reporter|correspondent|attorney|guitarist|drummer|bassist|vocalist|frontman|keyboardist|flanker|fly-half|scrum-half|full-back|lock forward|wicketkeeper|batsman|bowler|all-rounder|sprinter|hurdler|swimmer|cyclist|jockey|mr|mrs|ms|miss|dr|doctor|sir|dame|lord|lady|baroness|baron|prof|professor|president|vice-president|vice president|prime minister|premier|chancellor|minister|secretary|foreign secretary|home secretary|defence secretary|defence minister|defense minister|foreign minister|finance minister|interior minister|health minister|energy minister|treasury secretary|secretary of state|senator|sen|congressman|congresswoman|representative|rep|governor|gov|mayor|judge|justice|king|queen|prince|princess|pope|cardinal|archbishop|bishop|reverend|rev|father|sister|rabbi|imam|sheikh|ayatollah|general|gen|colonel|col|major|maj|captain|capt|lieutenant|snr|comr|cmdr|brig|supt|sergeant|sgt|admiral|commander|detective|inspector|superintendent|chief|constable|officer|ambassador|envoy|commissioner|chairman|chairwoman|chair|director|manager|coach|boss|striker|midfielder|defender|goalkeeper|winger|skipper|goalscorer|matchwinner|match-winner|scorer|marksman|playmaker|centre-back|centre-half|left-back|right-back|wing-back|keeper|debutant|captain|chief executive|chief executive officer|ceo|cfo|cto|coo|cso|cmo|cio|shadow chancellor|shadow|spokesman|spokeswoman|deputy|deputy prime minister|first minister|attorney general|solicitor general|speaker|leader|emperor|tsar|czar|crown prince|mp|mep|aide|adviser|advisor|producer|actor|actress|singer|model|supermodel|star|comedian|author|writer|designer|composer|rapper|presenter|host|editor|analyst|economist|founder|co-founder|olympian|comic|solicitor|owner|farmer|teacher|headteacher|student|pensioner|nurse|shopkeeper|businessman|businesswoman|campaigner|novelist|poet|playwright|magistrate|coroner|historian|marshal|air marshal|air chief marshal|air vice-marshal|air vice marshal|air commodore|field marshal|vice admiral|vice-admiral|rear admiral|rear-admiral|lieutenant general|lieutenant-general|major general|major-general|brigadier general|brigadier|wing commander|squadron leader|group captain|flight lieutenant|corporal|lance corporal|chief inspector|chief superintendent|chief constable|detective chief inspector|detective inspector|detective sergeant|detective superintendent|detective chief superintendent|assistant chief constable|deputy chief constable";

/// Lower-case words for people used as speaker or group heads.
const PEOPLE_NOUNS: &str = "delegates|officials|organisers|organizers|promoters|campaigners|mps|meps|msps|legislators|senators|councillors|backbenchers|official|forces|force|troops|soldiers|police|fans|supporters|entertainers|workers|media|team|people|voters|ministers|minister|leaders|players|citizens|authorities|diplomats|negotiators|delegation|government|army|military|militants|rebels|protesters|activists|students|families|investors|consumers|companies|firms|farmers|doctors|nurses|teachers|journalists|officers|sources|analysts|experts|commanders|prosecutors|judges|lawmakers|politicians|residents|villagers|refugees|migrants|nationals|nationalists|separatists|patients|victims|women|men|children|youngsters|teenagers|pensioners|taxpayers|shoppers|tourists|businesses|banks|clubs|artists|musicians|actors|bands|owners|allies|side|squad|counterparts|rivals|regulators|officialdom|spokesman|spokeswoman|spokesperson|intelligence|navy|air force|coastguard|border guards|guards|scientists|researchers|economists|bankers|traders|dealers|fishermen|miners|MPs|MEPs|peers|bishops|clergy|ambassador|envoy|counterpart|champion|champions|athletes|drivers|riders|runners|lions|public|population|youth|parents|mothers|fathers|men's|women's";

/// Nouns that can head a descriptive (unnamed) speaker or claimant.
const SPEAKER_NOUNS: &str = "designer|designers|developer|developers|engineer|engineers|makers|manufacturer|manufacturers|creator|creators|authors|inventor|inventors|policeman|policewoman|policemen|soldier|soldiers|father|mother|associate|associates|colleague|colleagues|friend|friends|neighbour|neighbours|relative|relatives|ally|allies|broker|brokers|strategist|strategists|banker|bankers|lobbyist|lobbyists|pollster|pollsters|forecaster|academic|academics|suit|lawsuit|complaint|ruling|judgement|judgment|verdict|memo|email|e-mail|blog|filing|petition|manifesto|spokesman|spokeswoman|spokesperson|spokespeople|official|officials|analyst|analysts|trader|traders|dealer|dealers|source|sources|report|reports|statement|survey|study|research|researchers|poll|proposal|document|letter|minister|ministers|ministry|government|police|officer|officers|expert|experts|economist|economists|observer|observers|diplomat|diplomats|critic|critics|campaigner|campaigners|activist|activists|witness|witnesses|resident|residents|commentator|commentators|investor|investors|executive|executives|insider|insiders|aide|aides|adviser|advisers|advisor|advisors|negotiator|negotiators|authorities|military|army|figures|data|statistics|website|newspaper|paper|magazine|agency|company|firm|group|club|team|council|chamber|committee|commission|watchdog|regulator|board|union|party|organisation|organization|bank|court|judge|prosecutor|prosecutors|lawyer|lawyers|doctor|doctors|scientist|scientists|manager|coach|boss|chairman|president|director|leader|leaders|chief|head|founder|owner|spokesmen|representatives|representative|consultant|consultants|estimate|estimates|forecast|forecasters|release|filing|study|index|organisers|organizers|producers|producer|singer|actor|actress|star|player|players|fans|voters|people|residents|member|members|MP|MPs|MEP|MEPs|viewers|listeners|readers|customers|shoppers|passengers|parents|teachers|pupils|students|workers|staff|employees|protesters|demonstrators|opponents|supporters|backers|victims|families|parties|unions|charities|newspapers|magazines|agencies|firms|companies|banks|governments|ministries|regulators|insurers|lenders|retailers|carmakers|airlines";

/// Reporting verbs used for attribution (quotes and claims).
const REPORT_VERBS: &str = "remembers|remembered|recounts|recounted|describing|concludes|concluded|conclude|reckon|said|says|say|told|tells|tell|added|adds|add|explained|explains|insisted|insists|warned|warns|admitted|admits|claimed|claims|claim|argued|argues|stated|states|announced|announces|reported|reports|report|confirmed|confirms|revealed|reveals|estimated|estimates|estimate|forecast|forecasts|predicted|predicts|predict|suggested|suggests|suggest|believes|believed|noted|notes|stressed|stresses|declared|declares|maintained|maintains|acknowledged|acknowledges|conceded|concedes|replied|replies|responded|responds|commented|comments|wrote|writes|asked|asks|urged|urges|showed|shows|show|found|finds|indicated|indicates|calculated|calculates|put|puts|reckons|reckoned|thinks|thought|observed|recalled|recalls|continued|continues|agreed|agrees|denied|denies|alleged|alleges|accused|accuses|described|describes|called|calls|labelled|branded|quoted|quotes|saying|telling|adding|claiming|arguing|warning|insisting|explaining|admitting|stating|announcing|reporting|noting|stressing|asking|suggesting|estimating|predicting|highlighted|highlights|echoed|hailed|described|dubbed|named|tweeted|posted|cited|cites|according";

/// Ordinary capitalisable words that are not names when at the start of a sentence or alone.
const COMMON: &str = "a|an|the|this|that|these|those|there|here|it|its|it's|he|she|they|we|i|you|his|her|their|our|my|your|him|them|us|me|who|what|when|where|why|how|which|whose|but|and|or|nor|so|yet|for|if|then|than|as|at|by|in|on|of|to|from|with|without|after|before|during|since|until|while|although|though|because|however|meanwhile|moreover|furthermore|also|still|even|just|only|already|now|today|yesterday|tomorrow|tonight|last|next|this|first|second|third|fourth|fifth|finally|earlier|later|once|twice|many|much|more|most|some|several|few|all|any|each|every|both|either|neither|no|not|none|nothing|something|everything|anything|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundreds|thousands|millions|dozens|other|others|another|such|same|own|new|old|big|small|great|good|bad|best|worst|top|high|low|long|short|early|late|recent|former|latter|current|previous|major|minor|overall|total|under|over|above|below|about|around|among|between|into|onto|upon|within|against|despite|instead|indeed|perhaps|maybe|probably|certainly|clearly|obviously|unfortunately|fortunately|interestingly|similarly|likewise|meanwhile|nevertheless|nonetheless|otherwise|therefore|thus|hence|speaking|asked|according|following|including|given|having|being|after|yes|no|well|oh|please|thanks|thank|sorry|ok|okay|like|unlike|via|per|shares|sales|profits|profit|revenue|revenues|figures|analysts|officials|police|experts|critics|investors|consumers|people|users|fans|players|the|mr|mrs|ms|dr|sir|will|would|can|could|should|may|might|must|shall|do|does|did|done|is|are|was|were|be|been|am|has|have|had|get|got|make|made|go|went|take|took|see|saw|say|said|says|tell|told|think|know|want|need|use|find|give|show|let|put|keep|try|ask|seem|feel|leave|call|look|come|came|become|became|help|play|run|move|live|believe|bring|happen|write|sit|stand|lose|pay|meet|include|continue|set|learn|change|lead|understand|watch|follow|stop|create|speak|read|spend|grow|open|walk|win|offer|remember|love|consider|appear|buy|wait|serve|die|send|expect|build|stay|fall|cut|reach|kill|remain|suggest|raise|pass|sell|require|report|decide|pull|government|company|firm|group|market|markets|economy|growth|inflation|prices|price|rates|rate|oil|gas|war|peace|talks|news|world|country|city|state|states|party|election|vote|votes|court|police|report|study|survey|research|data|music|film|films|game|games|team|club|season|match|record|records|star|stars|show|shows|book|books|website|site|internet|online|mobile|phone|phones|computer|computers|software|technology|digital|tv|television|radio|video|web|net|email|e-mail|spam|security|virus|viruses|health|care|education|schools|school|children|women|men|jobs|job|work|workers|business|businesses|industry|customers|sales|music|bank|banks|tax|taxes|budget|money|cash|cost|costs|plans|plan|deal|deals|talks|year|years|month|months|week|weeks|day|days|time|times|people|family|life|home|house|man|woman|boy|girl|friend|friends|way|thing|things|part|place|case|point|fact|number|problem|issue|issues|question|hand|end|side|area|kind|reason|result|results|example|idea|information|history|story|power|level|order|form|body|face|name|line|half|rest|lot|sort|lots|everyone|everybody|someone|somebody|anyone|nobody|whether|despite|amid|ahead|across|along|beyond|behind|beside|besides|towards|toward|throughout|nearly|almost|around|roughly|approximately|only|another|again|never|always|often|sometimes|usually|really|very|too|quite|rather|pretty|enough|still|already|soon|ago|away|back|down|up|off|out|together|apart|further|far|near|hard|fast|slow|less|least|lower|higher|bigger|smaller|larger|latest|biggest|largest|second-half|half-time|full-time|extra|critics|campaigners|ministers|experts|leaders|voters|traders|dealers|economists|observers|residents|officials|sources|reports|opposition|unemployment|employment|interest|trade|exports|imports|exchange|stock|stocks|bonds|dollar|euro|pound|yen|sterling|currency|property|housing|retail|retailers|manufacturing|service|services|sector|sectors|figure|output|demand|supply|production|investment|spending|borrowing|debt|deficit|surplus|earnings|income|wages|pay|pensions|pension|benefits|welfare|crime|terrorism|terror|attack|attacks|strikes|strike|drones|missiles|troops|forces|army|military|weapons|nuclear|reform|reforms|law|laws|bill|bills|rules|rule|ban|ruling|decision|policy|policies|campaign|candidate|candidates|leader|leadership|members|member|chairman|chief|executive|director|manager|coach|boss|head|spokesman|spokeswoman|spokesperson|minister|president|secretary|senator|governor|mayor|judge|doctor|professor|analyst|economist|author|writer|singer|actor|actress|director|producer|artist|band|album|single|song|songs|award|awards|prize|prizes|winner|winners|nominations|nomination|ceremony|festival|tour|concert|premiere|box|office|audience|audiences|viewers|listeners|readers|critics|fans|supporters|players|striker|midfielder|defender|goalkeeper|manager|referee|captain|squad|side|sides|cup|league|title|final|finals|semi-final|quarter-final|championship|championships|tournament|race|test|series|seasons|goal|goals|points|try|tries|win|wins|victory|defeat|draw|loss|losses|injury|injuries|fitness|form|pressure|chance|chances|hopes|hope|fears|fear|concerns|concern|doubts|doubt|warning|warnings|claims|claim|evidence|details|detail|documents|statement|statements|comments|remarks|interview|speech|letter|message|messages|call|calls|request|requests|offer|offers|proposal|proposals|agreement|agreements|contract|contracts|talks|negotiations|meeting|meetings|summit|conference|session|visit|trip|journey|flight|flights|travel|tourism|holiday|holidays|weekend|morning|afternoon|evening|night|tonight|spring|summer|autumn|winter|christmas|easter|new|news|latest|breaking|update|updated|read|watch|listen|more|share|follow|subscribe|click|photo|photos|image|images|picture|pictures|getty|copyright|reuters|ap|afp|pa";

const MONTHS: &str = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
const WEEKDAYS: &str =
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun";
/// Capitalised words that are never entity names on their own.
const NON_NAMES: &str = "ai|sim|sims|ppi|ir|led|leds|oled|amoled|hdr|pow|pows|western|eastern|northern|southern|i|i'm|i've|i'll|i'd|gmt|bst|utc|est|pst|et|edt|pdt|cst|cdt|mst|mdt|cet|cest|am|pm|tv|dvd|cd|cds|dvds|pc|pcs|ceo|cfo|mp|mps|mep|meps|msp|msps|obe|mbe|cbe|kbe|dbe|gbe|qc|kc|gdp|hiv|aids|sars|bse|it|id|ok|uk-based|us-based|pvr|pvrs|mp3|ipod|ipods|xbox|playstation|windows|linux|internet|web|net|christmas|easter|ramadan|eid|diwali|hanukkah|halloween|new year|oscar|oscars|grammy|grammys|emmy|emmys|bafta|golden globe|golden globes|nobel|olympics|olympic|world cup|grand slam|premiership|champions league|six nations|euro|euros|dollar|dollars|sterling|god|allah|christ|jesus|catholic|catholics|christian|christians|muslim|muslims|jewish|jews|hindu|hindus|sikh|protestant|protestants|sunni|shia|shiite|q|a|ps|re|ve|ll|d|s|t|m|st|no|nos|vs|v|etc|ie|eg|ad|bc|km|kg|mph|ghz|mhz|ah|eh|oh|hey|wow|yes|yeah|sorry|thanks|please|dear|hello|goodbye|bye|fm|wi-fi|wifi|3g|4g|5g|sms|mms|wap|lte|adsl|dsl|gui|pda|pdas|gps|dos|os|oses|api|apis|isp|isps|cpu|cpus|gpu|ram|nfc|hdmi|ep|eps|lp|lps|gsm|rss|html|url|www|http|https|com|org|pdf|faq|usb|lcd|hd|hdtv|iptv|voip|p2p|vcr|vcrs|dj|vj|ap|pa|ipo|r&b|rnb|hip-hop|ufo|pr|hr|vat|pin|atm|abs|suv|4x4|x-ray|e-mail|e-mails|email|emails|spam|phishing|betamax|vhs|walkman|walkmans|gameboy|n-gage|blu-ray|minidisc|laserdisc|awol|asap|diy|vip|vips|rip|lol|iphoto|ilife|idvd|imac|imacs|ibook|ibooks|imovie|igoogle|safari";

/// Female and male first names (a small, general list) for gender and person evidence.
/// A name in both lists (Sandy, Kerry, Lindsay, Kim, Ashley) is a person's but gives no gender.
const FEMALE: &str = "june|april|imelda|holly|kerry|penny|sue|dawn|ruby|lily|daisy|ginny|peggy|edna|ethel|gladys|mildred|muriel|pauline|maureen|yvonne|lorraine|beverley|bridget|colleen|daphne|deirdre|elsie|enid|eunice|felicity|florence|freda|geraldine|hattie|hermione|jemima|leanne|lesley|lillian|lorna|lynn|lynne|mabel|mandy|marcia|margo|marian|marjorie|marlene|maxine|meryl|miriam|moira|monica|nora|patsy|phyllis|prudence|rhona|rosemary|rowena|sadie|selina|shauna|sheena|shelley|sybil|tamsin|thelma|verity|winifred|mary|patricia|jennifer|linda|elizabeth|barbara|susan|jessica|sarah|karen|nancy|lisa|betty|margaret|sandra|ashley|kimberly|emily|donna|michelle|dorothy|carol|amanda|melissa|deborah|stephanie|rebecca|laura|sharon|cynthia|kathleen|amy|shirley|angela|helen|anna|anne|ann|brenda|pamela|nicole|emma|samantha|katherine|kate|christine|debra|rachel|catherine|carolyn|janet|ruth|maria|heather|diane|virginia|julie|joyce|victoria|olivia|kelly|christina|lauren|joan|evelyn|judith|megan|cheryl|andrea|hannah|martha|jacqueline|frances|gloria|ann|teresa|kathryn|sara|janice|jean|alice|madison|doris|abigail|julia|judy|grace|denise|amber|marilyn|beverly|danielle|theresa|sophia|marie|diana|brittany|natalie|isabella|charlotte|rose|alexis|kayla|hillary|hilary|condoleezza|madeleine|angela|margaret|tessa|harriet|clare|claire|ruth|glenda|estelle|patricia|yulia|julia|segolene|benazir|indira|golda|maria|martina|steffi|justine|kim|amelie|lindsay|paula|kelly|denise|jodie|jo|joanne|gwyneth|nicole|kylie|madonna|britney|beyonce|jennifer|halle|charlize|keira|kate|kirsty|sienna|cate|sophie|sandy|alexandra|sandra|betty|jane|amelia|katherine|kelly|diane|wendy|angie|janet|carole|sheila|rosie|lucy|sally|jenny|jane|louise|fiona|gillian|tracey|tracy|nina|eva|eve|irene|natasha|olga|svetlana|tatiana|irina|yelena|elena|anastasia|oksana|tanya|ines|carmen|isabel|lucia|sofia|giulia|francesca|chiara|anja|ingrid|greta|annika|birgit|ursula|ulrike|angelika|marine|christiane|laure|aisha|fatima|leila|yasmin|mariam|zainab|priya|sonia|sunita|mei|yuki|keiko|hana";
const MALE: &str = "piers|hank|sandy|kerry|lindsay|warren|glen|dale|gene|wade|drew|lance|clay|miles|robin|pat|stan|sid|len|lou|rod|rex|cliff|chuck|rusty|norman|herbert|leonard|percy|reginald|ernest|frederick|alfred|wilfred|sidney|cecil|vernon|roland|hubert|horace|rodney|bernie|denzel|ernie|ivor|kelvin|marvin|melvin|mervyn|monty|percival|randolph|roderick|ronnie|rufus|seth|terence|theodore|wilbur|winston|jake|luke|josh|harry|sam|leo|max|finn|callum|connor|kieran|aidan|ross|craig|darren|dean|lee|wayne|carl|kurt|glenn|jimmy|johnny|bobby|billy|danny|tommy|sammy|freddie|jason|adrian|damian|dominic|fraser|hugo|jasper|rory|tristan|wesley|james|john|robert|michael|william|david|richard|joseph|thomas|charles|christopher|daniel|matthew|anthony|mark|donald|steven|stephen|paul|andrew|joshua|kenneth|kevin|brian|george|timothy|ronald|edward|jason|jeffrey|jeff|ryan|jacob|gary|nicholas|nick|eric|jonathan|larry|justin|scott|brandon|benjamin|samuel|gregory|alexander|frank|patrick|raymond|ray|jack|dennis|jerry|tyler|aaron|jose|adam|nathan|henry|douglas|zachary|peter|kyle|walter|ethan|jeremy|harold|keith|christian|roger|noah|gerald|carl|terry|sean|austin|arthur|lawrence|jesse|dylan|bryan|joe|jordan|billy|bruce|albert|willie|gabriel|logan|alan|juan|wayne|roy|ralph|randy|eugene|vincent|russell|elijah|louis|bobby|philip|phillip|johnny|tony|gordon|boris|vladimir|dmitry|sergei|sergey|mikhail|igor|viktor|oleksandr|petro|yuri|yury|alexei|alexey|nikolai|ivan|jacques|francois|nicolas|emmanuel|jean|pierre|philippe|noel|herve|thierry|didier|zinedine|gerhard|angela|helmut|joschka|wolfgang|jurgen|juergen|hans|klaus|franz|rainer|silvio|romano|giuseppe|luigi|marco|paolo|fabio|francesco|luis|carlos|juan|pedro|miguel|javier|jose|fernando|rafael|raul|diego|pablo|manuel|antonio|andres|alvaro|mohammed|muhammad|mohamed|ahmed|ali|hassan|hussein|saddam|osama|yasser|mahmoud|ariel|ehud|benjamin|shimon|yitzhak|binyamin|xi|hu|wen|li|wang|zhang|jiang|deng|mao|kim|junichiro|shinzo|manmohan|atal|sonia|rahul|pervez|nawaz|hamid|kofi|nelson|thabo|jacob|robert|morgan|olusegun|hosni|recep|ahmet|kemal|jimmy|ronald|bill|barack|dick|colin|condoleezza|donald|rudy|rudolph|jeb|al|ted|ned|howard|tom|ted|ben|sam|max|dan|rob|bob|tim|jim|mike|steve|dave|chris|matt|pete|andy|greg|doug|ken|don|ron|ed|phil|rick|vince|oliver|harry|charlie|archie|alfie|freddie|jamie|ian|iain|neil|niall|stuart|graham|colin|malcolm|gavin|alistair|alastair|hamish|angus|euan|ewan|rhodri|dafydd|gareth|owen|rhys|dai|geraint|gethin|lewis|clive|nigel|trevor|derek|geoff|geoffrey|martin|simon|jon|jonny|jonathan|duncan|adrian|julian|rupert|hugh|giles|toby|barry|gerry|liam|seamus|declan|eamon|ronan|brendan|conor|shane|brian|eddie|paddy|denis|marcus|guy|tommy|frankie|rafa|ole|lars|anders|sven|bjorn|nils|jan|erik|henrik|magnus|mats|mikael|ricky|roberto|jens|dieter|kofi|ban|salman|imran|tariq|sachin|rahul|sourav|brian|lleyton|roger|rafael|andy|andre|tim|greg|pete|goran|juan|marat|lleyton|carlos|david|joachim|ivan|boris|michael|gerhard|kimi|fernando|lewis|jenson|damon|nigel|jackie|jody|steven|wayne|frank|thierry|alan|ryan|cristiano|lionel|ronaldo|ronaldinho|zinedine|luis|jose|alex|sven-goran|kenny|kevin|graeme|gordon|sam|sol|ashley|rio|jamie|joe|teddy|les|ruud|robbie|jermain|peter|martin|jonny|lawrence|neil|jason|mike|matt|josh|ben|will|charlie|danny|iain|gavin|clive|nick|jean-claude|jean-marie|jean-pierre|jean-paul|jose-manuel|hans-peter|karl-heinz";

/// International given names (no gender recorded): person evidence only. Words that are also
/// common English words, places or frequent surnames are left out.
const INTL_FIRST: &str = "aaliyah|aamir|abdel|abdelaziz|abdoulaye|abdul|abdulaziz|abdullah|abdulrahman|abebe|abel|abhishek|abid|abigail|abraham|adebayo|adel|adele|adeline|adil|adnan|adolfo|adriana|adriano|agim|agnes|agnieszka|agustin|ahmad|aiden|aileen|aimee|ainsley|aishwarya|ajay|akbar|akiko|akira|alain|alana|alberto|aldo|alejandra|alejandro|aleksander|aleksandr|alenka|alessandra|alessandro|alessia|alexandre|alexandros|alexis|alfonso|alfredo|alicia|alina|alisha|alistair|allegra|allison|alois|alonso|altaf|alva|amadou|amal|amanda|amara|ambrose|amina|aminah|amir|amira|amit|amitabh|amos|amr|anabel|anas|anastacia|anastasios|anatoly|anders|andreas|andrei|andrej|andrzej|aneta|angelo|angus|anik|anika|anil|anita|anjali|annabel|annalisa|annette|anouk|anselm|antoine|antonella|antonia|antonin|antonio|anwar|aphrodite|araceli|arda|ariana|arianna|arif|arjun|arkady|armando|arnaud|arne|arshad|arturo|arun|arvid|asad|asha|ashok|ashraf|asif|asim|askar|aslam|astrid|athena|augusto|aurelie|aurelio|avril|axel|ayad|ayesha|ayman|azhar|aziz|babatunde|baptiste|barnaby|bartolomeo|bartosz|bashar|beata|beatriz|benedetta|benedikt|benoit|bernadette|bernardo|bertrand|bethany|bettina|bianca|bilal|bjorn|blaise|bogdan|boniface|borislav|branko|brigitte|bronwen|bruno|bulent|cafu|caitlin|camille|candice|carina|carla|carles|carlo|carlota|caroline|cassandra|caterina|cecile|cecilia|celine|cesar|cezary|chantal|charlene|charlotte|chee-hwa|cher|chiara|chidi|chika|chinedu|chinua|chloe|christina|christoph|christophe|ciara|cindy|claudia|claudio|clemens|clement|colette|constantin|corinne|cosimo|cristian|cristina|cyril|cyrille|dae-jung|dagmar|dalia|daniela|danielle|dario|darius|darko|darnell|davide|deepak|dejan|dele|delphine|demetrios|demetrius|desiree|desmond|dhruv|dido|dilma|dimitri|dimitris|dinesh|dmitri|dolores|domenico|dominique|donatella|doris|dorota|dragan|dusan|dwayne|dwight|eamonn|edgar|edith|edoardo|edouard|eduard|eduardo|edwin|efrain|eileen|ekaterina|elaine|eleanor|elena|eleni|elias|elif|elisa|elisabeth|elise|eliza|ellen|eloise|elsa|elvira|emad|emeka|emil|emilia|emilio|emine|emre|enrique|enzo|ernesto|erwin|esteban|estelle|esther|etienne|eugenia|eun|evan|evelina|evgeny|ewa|fabien|fabrice|fadi|fahd|faisal|farah|farid|farouk|fatou|fawaz|federico|fela|felipe|felix|femi|fernanda|ferran|filip|filippo|florian|fouad|francesca|franck|francoise|franjo|franziska|frederic|frederik|frida|fyodor|gabriela|gabriele|gaetan|gaston|genevieve|gennadi|gennady|gennaro|georg|georgina|georgios|gerardo|gerda|gergely|gerrit|ghassan|ghazi|gheorghe|gianfranco|gianluca|gianni|gigi|gilberto|gilles|giorgio|giovanna|giovanni|gisele|giuliana|giulio|giuseppina|gloria|gonzalo|goodluck|gottfried|gregor|gregorio|grigory|guido|guillaume|guillermo|gulbuddin|gunnar|gunter|gustavo|gwen|habib|hafez|haidar|haile|hakan|halima|hamad|hamdan|hamza|hanan|hani|hanna|hannelore|haruki|harvey|hashim|hassan|hatice|hazem|heidi|heike|heinrich|heinz|helena|helga|henrique|hideki|hilda|hiroko|hiroshi|hisham|hossein|hrithik|huda|hugues|husain|huseyin|hussain|ibrahim|ichiro|idriss|ignacio|igor|iker|ilse|ilya|imogen|inacio|ines|ingrid|inigo|inzamam|ioana|ioannis|irena|irfan|isabela|isabelle|isidro|ismail|isobel|issam|ivana|ivica|ivo|iyad|jaber|jacinta|jacqueline|jagdish|jaime|jakob|jakub|jalal|jamal|jamil|janina|janusz|jaroslav|jaroslaw|jasmine|javed|javier|jawad|jeanne|jelena|jermaine|jerome|ji-sung|jiabao|jintao|jiri|joanna|joao|joaquin|jochen|johan|johanna|johannes|jomo|jong-il|joost|jordi|jorge|jorgen|josef|josefina|josep|josephine|jovan|juana|juanita|judit|jules|julien|juliette|julio|juninho|jurgen|justyn|kai|kajol|kaka|kamal|kamel|kamil|kamran|kanye|karan|kareem|kareena|karim|karin|karina|karl|karolina|kasia|katarina|katarzyna|katharina|katrin|kazuhiko|kazuo|keisha|kenenisa|kenji|kerstin|kgalema|khaled|khalid|kiran|kirill|kirsten|klara|kofi|kolo|konrad|konstantin|krisztina|krzysztof|kurt|kwame|kwesi|laila|lakshmi|laloo|lalu|lamar|laszlo|lata|latif|latoya|laurent|layla|leandro|lech|leila|lena|leonardo|leonid|leopold|letizia|liesl|lina|lionel|lisbeth|lorenzo|lothar|louisa|luc|luca|luciana|luciano|lucien|ludmila|ludovic|luigi|luisa|luiz|lukas|lukasz|lula|lutfi|lydia|lyudmila|madhuri|magdalena|mahathir|maher|mahesh|mahmood|mahmoud|mahmud|maite|majid|malgorzata|mamadou|manfred|manoj|manon|mansour|manuela|marc|marcela|marcin|marek|margarita|margot|mariah|mariana|marianne|mariano|marie|marina|mario|marisa|marit|marko|marlon|marta|marthe|marwan|masahiro|massimo|massoud|mathias|mathieu|matteo|matthias|maurice|mauricio|maurizio|maxim|maxime|megawati|mehmet|mehmood|meseret|mia|michaela|michal|michel|michela|michele|mikel|mikhail|mikheil|milan|milena|milos|miloslav|mirko|miroslav|mladen|moazzam|mohammad|mohan|mohsen|mona|monika|monique|moo-hyun|moqtada|moritz|mostafa|mounir|moussa|muammar|mukesh|munir|muqtada|mushtaq|mustafa|mwai|nabeel|nabil|nadeem|nadia|nadine|nadja|naji|nandan|naomi|naoto|narendra|nasir|nasser|natalia|natalya|naveed|naveen|nayef|nenad|nicola|nicolai|nicolo|niels|nihat|nikhil|nikita|nikola|nikos|nina|nitin|nizar|nnamdi|noemi|noor|norbert|nour|nouri|nuno|nursultan|nwankwo|obinna|octavio|oksana|olaf|oleg|olga|olivier|omar|orhan|osman|osvaldo|otto|oumou|ousmane|ozan|pablo|pankaj|paola|pascal|pascale|patrice|patrizia|paulo|pavel|pawel|penelope|petar|petra|philipp|pierluigi|piero|pietro|pilar|piotr|pradeep|prakash|pramod|pranab|predrag|preity|priscilla|priyanka|qais|qasim|radek|radoslaw|radovan|rafal|raffaele|rafik|rafiq|raila|raimondo|rajesh|rajiv|rakesh|ramesh|rami|ramon|ramona|ramush|rania|ranjit|raphael|raquel|rashid|ratko|ravi|reem|reinhard|rekha|remi|renata|renato|reza|riad|ricardo|riccardo|rihanna|rita|rivaldo|rizwan|roberta|robinho|rohit|rolf|romain|romario|romeo|rongji|rosa|rosalind|rosario|ruben|rudolf|rui|ruslan|rustu|ryutaro|saad|sabine|sabri|sabrina|sadaharu|sadiq|saeed|saif|sajid|salah|saleh|salif|salim|salma|salvatore|sameer|sami|samir|samira|sandrine|sanjay|sanjeev|sara|sasha|satish|saud|sayed|sean|sebastian|sebastien|semyon|sergio|severine|seydou|shabana|shahid|shahrukh|shahzad|shakeel|shakira|shania|shaquille|sharmila|shashi|shekhar|shinji|shirin|shoaib|shui-bian|shyam|siegfried|silke|silvia|simona|simone|slavko|slobodan|sofia|sohail|solange|sonja|sophia|stanislav|stefan|stefano|steffen|stelios|stephane|stjepan|subhash|sudhir|suha|sulaiman|suleiman|sundar|sunil|suresh|susanne|sushil|susilo|suzanne|svetlana|sylvain|sylvia|sylvie|tadeusz|taha|tahir|takashi|takeshi|takuma|talal|tamara|tamika|tania|tansu|tarek|tarkan|tatyana|tayyip|teodor|teresa|thaksin|theo|theodor|thibault|thierry|tiago|tibor|timur|tirunesh|tobias|tomas|tomasz|tommaso|torsten|turki|uche|uhuru|ulla|ulrich|umar|umaru|umberto|uwe|vaclav|vadim|valentin|valentina|valeria|valerie|valerio|valery|vasily|veronica|veronika|vicente|victor|vijay|vikram|vinay|vincent|vinod|virginie|vitali|vitaly|vittorio|vivek|vladimir|vladislav|vojislav|volker|vyacheslav|wael|wajid|waleed|walid|waqar|wasim|whitney|wim|wojciech|wole|wolfgang|xabi|xavi|xavier|yahya|yann|yannick|yaser|yasin|yasmin|yasmina|yassin|yaya|yegor|yevgeni|yevgeny|yimou|ying-jeou|yoko|yolanda|yoshiro|younis|youssef|youssou|yoweri|yuko|yunus|yuri|yusuf|yves|zafar|zaheer|zahra|zaid|zakaria|zalmay|zayed|zbigniew|zdenek|zeinab|zeljko|zeynep|ziad|zlatko|zoe|zoltan|zoran|zsolt|zubair|zubin|zulfikar|zulfiqar|zurab|zuzana";

fn countries_parsed() -> Vec<(Vec<&'static str>, Vec<&'static str>, Vec<&'static str>)> {
    let mut out = Vec::new();
    for line in COUNTRIES.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let mut parts = line.split(';');
        let names: Vec<&str> =
            parts.next().unwrap_or("").split(['=', ',']).map(str::trim).filter(|s| !s.is_empty()).collect();
        let adjs: Vec<&str> = parts.next().unwrap_or("").split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
        let nouns: Vec<&str> = parts.next().unwrap_or("").split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
        if !names.is_empty() {
            out.push((names, adjs, nouns));
        }
    }
    out
}

pub struct Lexicon {
    /// lower-case place surface -> canonical place name
    pub places: HashMap<String, &'static str>,
    /// lower-case demonym adjective or people noun -> canonical place name
    pub demonyms: HashMap<String, &'static str>,
    /// lower-case plural people demonyms ("britons", "french" as in "the French")
    pub demonym_nouns: HashSet<String>,
    pub place_heads: HashSet<&'static str>,
    pub org_words: HashSet<&'static str>,
    /// lower-case known org names
    pub orgs: HashSet<String>,
    pub titles: HashSet<&'static str>,
    pub people_nouns: HashSet<&'static str>,
    pub speaker_nouns: HashSet<&'static str>,
    pub report_verbs: HashSet<&'static str>,
    pub common: HashSet<&'static str>,
    pub months: HashSet<&'static str>,
    pub weekdays: HashSet<&'static str>,
    pub non_names: HashSet<&'static str>,
    pub female: HashSet<&'static str>,
    pub male: HashSet<&'static str>,
    pub first_names: HashSet<&'static str>,
}

/// Words that end a British daily's name ("The Times", "Sunday Telegraph", "Daily Mail"): shared
/// by the checks that keep a weekday inside a paper's name and that find the paper "the
/// newspaper" refers to.
pub const PAPER_HEADS: &[&str] = &["Times", "Herald", "Telegraph", "Mirror", "Express", "Post", "Mail", "Independent"];

/// The plain reporting verbs every speaker check accepts ("X said", "\"...,\" X told"); each
/// check adds the few it also takes ("explained", "wrote", "asked").
pub fn said_verb(w: &str) -> bool {
    matches!(w, "said" | "says" | "told" | "added")
}

/// The entries of a generated list in `data/`: one per line, `#` lines are its provenance.
fn data_lines(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A generated list kept sorted by its script: looked up by binary search, so loading it is one
/// pass over its lines (a hash set of the 62,851 words took 8 ms to build on first use, the
/// sorted list 2 ms).
pub struct SortedList(Vec<&'static str>);

impl SortedList {
    fn new(list: &'static str) -> Self {
        SortedList(data_lines(list).collect())
    }

    pub fn contains(&self, w: &str) -> bool {
        self.0.binary_search(&w).is_ok()
    }
}

/// World cities of 50,000 people or more (GeoNames, CC BY 4.0; `data/gen_cities.py` regenerates
/// the list), folded; names that are also given names, months, weekdays or common words here
/// are left out. Used only as weak evidence that an otherwise uncued name is a place.
pub static CITIES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    data_lines(include_str!("../data/cities.txt"))
        .map(crate::text::fold)
        .filter(|k| {
            !LEX.first_names.contains(k.as_str())
                && !LEX.common.contains(k.as_str())
                && !LEX.months.contains(k.as_str())
                && !LEX.weekdays.contains(k.as_str())
                && !LEX.non_names.contains(k.as_str())
                && !LEX.orgs.contains(k)
                && !LEX.demonyms.contains_key(k)
        })
        .collect()
});

/// Lower-case English words (SCOWL via Debian's wamerican; `data/gen_words.py` regenerates the
/// list), without those the list also holds capitalised ("Bath", "Bush"). Used only to drop a
/// lone capitalised word that opens a sentence ("Companies such as Google ...").
pub static WORDS: LazyLock<SortedList> = LazyLock::new(|| SortedList::new(include_str!("../data/words.txt")));

/// US Census 1990 given names that are no English words (`data/gen_names.py` regenerates the
/// list): evidence that a capitalised word opens a person's name ("Briton Hayley Yelling").
pub static GIVEN_NAMES: LazyLock<SortedList> =
    LazyLock::new(|| SortedList::new(include_str!("../data/given-names.txt")));

pub static LEX: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut places = HashMap::default();
    let mut demonyms = HashMap::default();
    let mut demonym_nouns = HashSet::default();
    for (names, adjs, nouns) in countries_parsed() {
        let canon = names[0];
        for n in &names {
            places.insert(n.to_lowercase(), canon);
        }
        for a in &adjs {
            demonyms.insert(a.to_lowercase(), canon);
        }
        for n in &nouns {
            demonyms.insert(n.to_lowercase(), canon);
            demonym_nouns.insert(n.to_lowercase());
        }
    }
    for p in PLACES.split('|') {
        places.entry(p.to_lowercase()).or_insert(p);
    }
    let female = set(FEMALE);
    let male = set(MALE);
    let first_names: HashSet<&'static str> = female.union(&male).copied().chain(INTL_FIRST.split('|')).collect();
    Lexicon {
        places,
        demonyms,
        demonym_nouns,
        place_heads: set(PLACE_HEADS),
        org_words: set(ORG_WORDS),
        orgs: ORGS.split('|').chain(ORGS_MORE.split('|')).map(|s| s.to_lowercase()).collect(),
        titles: set(TITLES),
        people_nouns: set(PEOPLE_NOUNS),
        speaker_nouns: set(SPEAKER_NOUNS),
        report_verbs: set(REPORT_VERBS),
        common: set(COMMON),
        months: set(MONTHS),
        weekdays: set(WEEKDAYS),
        non_names: set(NON_NAMES),
        female,
        male,
        first_names,
    }
});

/// Last words of names of events, awards, laws and documents (not entities).
pub const EVENT_HEADS: &[&str] = &[
    "Bill",
    "Act",
    "Treaty",
    "Directive",
    "Report",
    "Awards",
    "Award",
    "Prize",
    "Prizes",
    "Cup",
    "Championship",
    "Championships",
    "Open",
    "Games",
    "Olympics",
    "Festival",
    "Show",
    "Series",
    "Conference",
    "Summit",
    "Slam",
    "Globe",
    "Globes",
    "Trophy",
    "Classic",
    "Tour",
    "Grand Prix",
    "Marathon",
    "Week",
    "Day",
    "Album",
    "Edition",
    "Convention",
    "Protocol",
    "Accord",
    "Agreement",
    "Plan",
    "Paper",
    "Papers",
    "Strategy",
    "Budget",
    "Manifesto",
    "Nations",
    "Diaries",
];
/// Suffixes of hyphenated modifiers that end a name ("San Francisco-based").
pub const MODIFIER_SUFFIXES: &[&str] = &[
    "-based",
    "-born",
    "-owned",
    "-led",
    "-backed",
    "-made",
    "-run",
    "-listed",
    "-registered",
    "-headquartered",
    "-style",
    "-era",
    "-bound",
    "-funded",
    "-brand",
    "-branded",
];
/// Organisations whose names are written in lower case ("shares in ntl", "sales at adidas").
pub const LOWER_CASE_ORGS: &[&str] = &["ntl", "npower", "adidas", "bmibaby"];

/// Capitalised function words that cannot be inside a name.
pub const FUNCTION_CAPS: &[&str] = &[
    "in", "on", "at", "the", "a", "an", "but", "and", "for", "it", "he", "she", "they", "we", "this", "that", "if",
    "when", "as", "so", "with", "by", "to", "from", "after", "before", "i",
];
/// Words suggesting a sports article (orgs beat places for club names).
pub static SPORT_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| SPORT_WORDS.iter().copied().collect());
pub const SPORT_WORDS: &[&str] = &[
    "match",
    "goal",
    "goals",
    "striker",
    "league",
    "season",
    "coach",
    "manager",
    "cup",
    "scored",
    "midfielder",
    "defender",
    "premiership",
    "fixture",
    "tournament",
    "championship",
    "semi-final",
    "quarter-final",
    "win",
    "victory",
    "defeat",
    "draw",
    "penalty",
    "kick",
    "squad",
    "rugby",
    "football",
    "tennis",
    "cricket",
    "players",
    "fans",
    "title",
    "club",
    "side",
    "winger",
    "goalkeeper",
    "referee",
    "stadium",
    "medal",
    "athlete",
    "scorer",
    "wicket",
    "innings",
    "relegation",
    "sidelined",
    "unbeaten",
    "midfield",
    "athletics",
    "relay",
    "hurdles",
    "sprint",
    "sprinter",
    "marathon",
    "heptathlon",
    "decathlon",
    "javelin",
    "discus",
    "tackle",
    "tackles",
    "tackling",
    "foul",
    "offside",
    "hat-trick",
    "equaliser",
];

/// The value of a cardinal written as a word ("three", "forty", "twenty-five"): numbers in
/// claims, and the count that opens a title ("Forty Shades of Blue") in names.
pub fn word_value(w: &str) -> Option<f64> {
    Some(match w {
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => {
            // twenty-five
            let (a, b) = w.split_once('-')?;
            let x = word_value(a)?;
            let y = word_value(b)?;
            if x >= 20.0 && y < 10.0 {
                x + y
            } else {
                return None;
            }
        }
    })
}

/// Speech participles: after a comma they hand the sentence (its numbers, its quotes) to the
/// main clause's subject ("X defended plans to raise tax to 50%, saying it would ...").
pub const PARTICIPLES: &[&str] = &[
    "saying",
    "adding",
    "arguing",
    "claiming",
    "warning",
    "insisting",
    "explaining",
    "stressing",
    "predicting",
    "telling",
];

/// Singular nouns for one person of a nationality ("said the Spaniard"): never a name.
pub const SINGULAR_DEMONYMS: &[&str] = &[
    // people of a state, region or city ("Californian Thomas Slattery", "Londoner Mark Findlay")
    "californian",
    "texan",
    "floridian",
    "yorker",
    "londoner",
    "glaswegian",
    "mancunian",
    "liverpudlian",
    "geordie",
    "yorkshireman",
    "yorkshirewoman",
    "ulsterman",
    "cornishman",
    "bostonian",
    "parisian",
    "berliner",
    "muscovite",
    "dubliner",
    "spaniard",
    "frenchman",
    "frenchwoman",
    "dutchman",
    "dutchwoman",
    "englishman",
    "englishwoman",
    "welshman",
    "welshwoman",
    "scotsman",
    "scotswoman",
    "irishman",
    "zealander",
    "icelander",
    "islander",
    "irishwoman",
    "briton",
    "scot",
    "swede",
    "dane",
    "finn",
    "pole",
    "turk",
    "kiwi",
    "aussie",
    "argentine",
    "brazilian",
    "italian",
    "german",
    "american",
    "australian",
    "russian",
    "serb",
    "croat",
    "czech",
    "belgian",
    "norwegian",
    "ukrainian",
    "canadian",
    "mexican",
    "kenyan",
    "nigerian",
    "jamaican",
    "south african",
    "portuguese",
    "chinese",
    "japanese",
    "swiss",
    "ethiopian",
    "moroccan",
    "chilean",
];

/// Gazetteer organisations written in capitals ("WHO", "FA", "BT"): these match only a
/// capitalised surface, so "Who's" or "Fa" is not the organisation.
pub static ACRONYM_ORGS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let all_caps = |o: &str| o.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '&');
    // ("Opec", "Nato": listed as written in words too, so any case names the body)
    let as_words: HashSet<String> =
        ORGS.split('|').chain(ORGS_MORE.split('|')).filter(|o| !all_caps(o)).map(str::to_lowercase).collect();
    ORGS.split('|')
        .chain(ORGS_MORE.split('|'))
        .filter(|o| o.len() >= 2 && all_caps(o))
        .map(|o| o.to_lowercase())
        .filter(|o| !as_words.contains(o))
        .collect()
});

#[cfg(test)]
mod generated_lists {
    /// Binary search needs the byte order the generating scripts sort in.
    #[test]
    fn sorted_lists_are_sorted_and_full() {
        for (list, min) in [(&super::WORDS, 60_000), (&super::GIVEN_NAMES, 4_000)] {
            assert!(list.0.len() > min, "{}", list.0.len());
            assert!(list.0.windows(2).all(|p| p[0] < p[1]), "not sorted");
        }
        assert!(super::WORDS.contains("companies") && !super::WORDS.contains("Companies"));
        assert!(super::GIVEN_NAMES.contains("hayley") && !super::GIVEN_NAMES.contains("will"));
    }
}
