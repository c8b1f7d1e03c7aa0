// Event coding, sentence by sentence: source, target, code, status and date (published Thursday 2025-10-16).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eventLines, testCoder } from '../test-support/coder.js';
import { countIn } from './events.js';

const cases: { text: string; want: string[] }[] = [
  { text: 'Russian forces shelled Kharkiv on Tuesday.', want: ['RUSMIL>UKR 194 occurred 2025-10-14'] },
  { text: 'Zelenskyy accused Russia of targeting civilians.', want: ['UKRGOV>RUS 112 occurred 2025-10-16'] },
  { text: 'Secretary of State Marco Rubio will meet with Russian officials next week.', want: ['USAGOV>RUSGOV 040 planned 2025-10-20'] },
  { text: 'Trump is scheduled to meet Zelenskyy on Friday.', want: ['USAGOV>UKRGOV 040 planned 2025-10-17'] },
  { text: 'Putin plans to meet Xi Jinping in Beijing.', want: ['RUSGOV>CHNGOV 036 occurred 2025-10-16'] },
  { text: 'Israeli police arrested protesters in Jerusalem on Monday.', want: ['ISRCOP>ISRCVL 173 occurred 2025-10-13'] },
  { text: 'The United States imposed new sanctions on Russia.', want: ['USA>RUS 163 occurred 2025-10-16'] },
  { text: 'Lavrov did not meet Rubio.', want: ['RUSGOV>USAGOV 040 negated 2025-10-16'] },
  { text: 'Russia could attack Ukraine.', want: ['RUS>UKR 190 hypothetical -'] },
  { text: 'Ukraine was attacked by Russian troops.', want: ['RUSMIL>UKR 190 occurred 2025-10-16'] },
  { text: 'Trump and Putin met in Alaska.', want: ['USAGOV>RUSGOV 040 occurred 2025-10-16', 'RUSGOV>USAGOV 040 occurred 2025-10-16'] },
  { text: 'Guterres called on Israel to allow aid into Gaza.', want: ['IGOUNO>ISR 0255 occurred 2025-10-16'] },
  { text: 'Erdogan hosted Zelenskyy in Ankara.', want: ['TURGOV>UKRGOV 043 occurred 2025-10-16'] },
  { text: 'Pakistani Prime Minister Shehbaz Sharif is to visit Afghanistan.', want: ['PAKGOV>AFG 042 planned -'] },
];

// Constructions that decide the code or the actors beyond a single verb pattern.
const constructions: { text: string; want: string[] }[] = [
  { text: "Guterres urged India and Pakistan to release each other's prisoners.", want: ['IGOUNO>IND 0253 occurred 2025-10-16', 'IGOUNO>PAK 0253 occurred 2025-10-16'] },
  { text: 'Russia threatened to cut diplomatic ties with Moldova.', want: ['RUS>MDA 1313 occurred 2025-10-16'] },
  { text: 'Germany refused to send Taurus missiles to Ukraine.', want: ['DEU>UKR 1222 occurred 2025-10-16'] },
  { text: 'The United States suspended aid to Niger.', want: ['USA>NER 162 occurred 2025-10-16'] },
  { text: 'Trump said he and Putin had agreed to meet in Budapest.', want: ['USAGOV>RUSGOV 036 occurred 2025-10-16', 'RUSGOV>USAGOV 036 occurred 2025-10-16'] },
  { text: 'Thousands of Georgians rallied in Tbilisi on Monday.', want: ['GEOCVL>GEOGOV 141 occurred 2025-10-13'] },
  { text: 'Bangladesh imposed a nationwide curfew on Friday.', want: ['BGD>BGD 1723 occurred 2025-10-10'] },
  { text: 'The foreign ministers of Saudi Arabia and Iran met in Beijing on Thursday.', want: ['SAUGOV>IRNGOV 044 occurred 2025-10-16', 'IRNGOV>SAUGOV 044 occurred 2025-10-16'] },
  { text: 'Trump said he was optimistic about a deal with Moscow.', want: ['USAGOV>RUSGOV 013 occurred 2025-10-16'] },
  { text: "Peskov declined to comment on Trump's remarks.", want: ['RUSGOV>USAGOV 011 occurred 2025-10-16'] },
  { text: 'Japan and the Philippines are set to sign a defence pact on Monday.', want: ['JPN>PHL 057 planned 2025-10-20', 'PHL>JPN 057 planned 2025-10-20'] },
  { text: 'Azerbaijan and Armenia have yet to sign the peace treaty.', want: ['AZE>ARM 057 negated 2025-10-16', 'ARM>AZE 057 negated 2025-10-16'] },
  { text: 'Zelenskyy will meet Trump if the talks go well.', want: ['UKRGOV>USAGOV 040 hypothetical -'] },
  { text: 'Poland expelled two Russian diplomats.', want: ['POL>RUSGOV 161 occurred 2025-10-16'] },
  { text: 'A Palestinian state was recognised by Britain and Canada on Sunday.', want: ['GBR>PSEGOV 054 occurred 2025-10-12', 'CAN>PSEGOV 054 occurred 2025-10-12'] },  { text: "Heavy fighting between Sudan's army and the Rapid Support Forces raged in Khartoum on Monday.", want: ['SDNMIL>SDNREB 190 occurred 2025-10-13', 'SDNREB>SDNMIL 190 occurred 2025-10-13'] },
  { text: 'Clashes between Indian and Pakistani troops erupted along the border on Sunday.', want: ['INDMIL>PAKMIL 190 occurred 2025-10-12', 'PAKMIL>INDMIL 190 occurred 2025-10-12'] },
  { text: 'Rwandan troops were fighting against Congolese soldiers on Monday.', want: ['RWAMIL>CODMIL 190 occurred 2025-10-13'] },
  { text: 'The European Union could impose sanctions on two far-right Israeli ministers.', want: ['IGOEUREEC>ISRGOV 163 hypothetical -'] },
  { text: 'The United States reimposed oil sanctions on Venezuela on Monday.', want: ['USA>VEN 163 occurred 2025-10-13'] },
  { text: 'The Pentagon will send 1,500 more troops to the border with Mexico.', want: ['USAMIL>MEX 154 planned -'] },
  { text: 'Serbian students held a march in Belgrade on Monday.', want: ['SRBCVL>SRBGOV 141 occurred 2025-10-13'] },
  { text: 'Putin met on Tuesday with Xi Jinping.', want: ['RUSGOV>CHNGOV 040 occurred 2025-10-14'] },
  { text: 'Iran denied the U.S. allegation.', want: ['IRN>USA 016 occurred 2025-10-16', 'USA>IRN 112 occurred 2025-10-16'] },
  { text: 'Gunmen abducted 20 pupils in Nigeria.', want: ['NGAREB>NGACVL 181 occurred 2025-10-16'] },
  { text: 'Erdogan hosted his Syrian counterpart in Ankara on Tuesday.', want: ['TURGOV>SYRGOV 043 occurred 2025-10-14'] },
  { text: 'Britain, Germany and France suspended aid to Niger.', want: ['GBR>NER 162 occurred 2025-10-16', 'DEU>NER 162 occurred 2025-10-16', 'FRA>NER 162 occurred 2025-10-16'] },
  { text: 'Algeria withdrew its ambassador to France on Tuesday.', want: ['DZA>FRA 161 occurred 2025-10-14'] },
  { text: 'Washington has also stopped sharing intelligence with Kyiv.', want: ['USAGOV>UKRGOV 160 occurred 2025-10-16'] },
  { text: 'Pakistan denied attacking Indian military sites.', want: ['PAK>IND 016 occurred 2025-10-16', 'PAK>IND 190 negated 2025-10-16'] },
  { text: 'The United States lifted U.S. sanctions on Syria on Monday.', want: ['USA>SYR 085 occurred 2025-10-13'] },
  { text: 'The sanctions that Britain imposed on Russia remain.', want: ['GBR>RUS 163 occurred 2025-10-16'] },
  { text: 'Putin demanded that Ukraine withdraw its troops.', want: ['RUSGOV>UKR 1056 occurred 2025-10-16'] },
  { text: 'Guterres urged India and Pakistan to exercise maximum military restraint.', want: ['IGOUNO>IND 0256 occurred 2025-10-16', 'IGOUNO>PAK 0256 occurred 2025-10-16'] },
  { text: 'Macron urged Pezeshkian to return to negotiations.', want: ['FRAGOV>IRNGOV 026 occurred 2025-10-16'] },
  { text: "Hamas rejected Israel's latest proposal for a truce.", want: ['PSEREB>ISR 127 occurred 2025-10-16'] },
  { text: 'Putin and Trump have not spoken by telephone.', want: ['RUSGOV>USAGOV 041 negated 2025-10-16', 'USAGOV>RUSGOV 041 negated 2025-10-16'] },
  { text: 'Indian and Pakistani troops exchanged small-arms fire across the border.', want: ['INDMIL>PAKMIL 193 occurred 2025-10-16', 'PAKMIL>INDMIL 193 occurred 2025-10-16'] },
  { text: 'Russia and Ukraine exchanged prisoners of war on Thursday.', want: ['RUS>UKR 0841 occurred 2025-10-16', 'UKR>RUS 0841 occurred 2025-10-16'] },
  { text: "A Russian missile struck Kyiv's main children's hospital on Monday.", want: ['RUSMIL>UKRCVL 195 occurred 2025-10-13'] },
  { text: 'Ecuadorean President Daniel Noboa will ask the United States for help when he visits Washington on Monday.', want: ['ECUGOV>USA 023 planned 2025-10-20', 'ECUGOV>USA 042 planned 2025-10-20'] },
  { text: 'Hungary will not arrest Netanyahu during his four-day visit to Budapest.', want: ['HUN>ISRGOV 173 negated 2025-10-16', 'ISRGOV>HUN 042 occurred 2025-10-16'] },
  { text: 'Qatar will host talks between Congo and the M23 rebels next week.', want: ['QAT>COD 043 planned 2025-10-20', 'QAT>CODREB 043 planned 2025-10-20', 'COD>CODREB 046 planned 2025-10-20', 'CODREB>COD 046 planned 2025-10-20'] },
  { text: "Russia's election commission on Thursday barred anti-war politician Boris Nadezhdin from running for president.", want: ['RUSGOV>RUS 1722 occurred 2025-10-16'] },
  { text: 'Kenyan police opened an investigation on Monday into the death in custody of a blogger.', want: ['KENCOP>KEN 092 occurred 2025-10-13'] },
  { text: "Myanmar's military has never investigated its 2017 crackdown on the Rohingya.", want: ['MMRMIL>MMR 092 negated 2025-10-16', 'MMRMIL>MMR 175 occurred 2017-01-01'] },
  { text: 'Tunisian authorities have not looked into allegations of torture at the prison.', want: ['TUNGOV>TUN 092 negated 2025-10-16'] },
  { text: 'Russia and Ukraine have not held direct peace negotiations.', want: ['RUS>UKR 046 negated 2025-10-16', 'UKR>RUS 046 negated 2025-10-16'] },
  { text: 'Russian troops shot dead six Ukrainian soldiers on Sunday.', want: ['RUSMIL>UKRMIL 1823 occurred 2025-10-12'] },
  { text: 'Ethiopia and Kenya vowed on Monday to strengthen their partnership.', want: ['ETH>KEN 032 occurred 2025-10-13', 'KEN>ETH 032 occurred 2025-10-13'] },
  { text: 'Israel may resume its war in Gaza.', want: ['ISR>PSE 190 hypothetical -'] },
  { text: 'Turkey launched an offensive in northern Syria against Kurdish militants on Monday.', want: ['TUR>SYRREB 190 occurred 2025-10-13'] },
  { text: 'Students marched in Buenos Aires on Tuesday against the government\'s cuts to university funding.', want: ['ARGCVL>ARGGOV 1412 occurred 2025-10-14'] },
  { text: 'Tehran responded on Monday by firing missiles at a U.S. air base in Qatar.', want: ['IRNGOV>USA 195 occurred 2025-10-13'] },
  { text: "Lavrov pledged Moscow's continued support for Belgrade.", want: ['RUSGOV>SRBGOV 032 occurred 2025-10-16'] },
  { text: 'Lula and Xi pledged on Friday to expand trade.', want: ['BRAGOV>CHNGOV 0311 occurred 2025-10-10', 'CHNGOV>BRAGOV 0311 occurred 2025-10-10'] },
  { text: "Poland welcomed Germany's interest in sending tanks to Ukraine.", want: ['POL>DEU 051 occurred 2025-10-16', 'DEU>UKR 072 hypothetical -'] },
  { text: 'Colombia will suspend coal exports to Israel.', want: ['COL>ISR 163 planned -'] },
  { text: 'The EU agreed a phased ban on imports of Russian gas.', want: ['IGOEUREEC>RUS 163 occurred 2025-10-16'] },
  { text: 'Britain is set to announce a fresh package of sanctions targeting Russian oil companies on Friday.', want: ['GBR>RUSBUS 163 planned 2025-10-17'] },
  { text: 'Demonstrations could break out in Lagos if the government does not reverse the price rise.', want: ['NGACVL>NGAGOV 141 hypothetical -'] },
  { text: 'Police in Caracas made a wave of arrests on Monday.', want: ['VENCOP>VEN 173 occurred 2025-10-13'] },
  { text: 'Tens of thousands of protesters marched through Belgrade on Monday.', want: ['SRBCVL>SRBGOV 141 occurred 2025-10-13'] },
  { text: "Sudan's health ministry appealed to the World Health Organization for urgent supplies of vaccines.", want: ['SDNGOV>IGOUNOWHO 0233 occurred 2025-10-16'] },
  { text: 'The French interior ministry will deploy 90,000 police officers across the country on Tuesday.', want: ['FRAGOV>FRA 153 planned 2025-10-21'] },
  { text: "Al-Shabaab claimed responsibility for Sunday's bombing at an army base outside Mogadishu.", want: ['SOMREB>SOM 015 occurred 2025-10-12', 'SOMREB>SOM 183 occurred 2025-10-12'] },
  { text: "Israel's bombing of Gaza continued on Monday.", want: ['ISR>PSE 195 occurred 2025-10-13'] },
  { text: 'The Taliban may have tortured students held in connection with the protests.', want: ['AFGGOV>AFGCVL 1822 hypothetical -'] },
  { text: 'Opposition leader Ekrem Imamoglu was arrested in Istanbul on Wednesday.', want: ['TURCOP>TUROPP 173 occurred 2025-10-15'] },
  { text: 'Slovak Prime Minister Robert Fico was shot several times by a 71-year-old man in the town of Handlova on Wednesday.', want: ['SVK>SVKGOV 185 occurred 2025-10-15'] },
  { text: 'The activist was shot dead in Kampala.', want: ['UGA>UGACVL 1823 occurred 2025-10-16'] },
  { text: 'Kenyan and Ugandan police have been swapping intelligence on al-Shabaab recruiters.', want: ['KENCOP>UGACOP 064 occurred 2025-10-16', 'UGACOP>KENCOP 064 occurred 2025-10-16'] },
  { text: 'Chinese and Russian naval vessels began a joint exercise near the southern Chinese port of Zhanjiang on Sunday.', want: ['CHNMIL>RUSMIL 062 occurred 2025-10-12', 'RUSMIL>CHNMIL 062 occurred 2025-10-12'] },
  { text: 'South Africa said it had made no commitment to expand military cooperation with Iran.', want: ['ZAF>IRN 0312 negated 2025-10-16'] },
  { text: "Moscow has made no commitment to halt its strikes on Ukraine's energy infrastructure.", want: ['RUSGOV>UKR 0356 negated 2025-10-16'] },
  { text: 'India and the United States agreed to expand defence cooperation.', want: ['IND>USA 0312 occurred 2025-10-16', 'USA>IND 0312 occurred 2025-10-16'] },
  { text: 'Israeli soldiers shot and killed a Palestinian near the fence.', want: ['ISRMIL>PSE 1823 occurred 2025-10-16'] },
  { text: 'Iran would walk away from the talks with the United States if Washington insisted on zero enrichment, Iranian Foreign Minister Abbas Araghchi warned on Tuesday.', want: ['IRN>USA 134 occurred 2025-10-14'] },
  { text: 'Israel could strike Iran again if it tries to rebuild its nuclear programme, Defence Minister Israel Katz said.', want: ['ISR>IRN 190 hypothetical -'] },
  { text: "North Korea's army threatened to shell South Korean border islands if Seoul went ahead with drills.", want: ['PRKMIL>KOR 1384 occurred 2025-10-16'] },
  { text: 'The African Union will deploy an additional 1,000 troops to Somalia next month.', want: ['IGOAFRAFU>SOM 074 planned 2025-11-01'] },
  { text: 'Britain and France could station troops in Ukraine once the fighting stops.', want: ['GBR>UKR 074 hypothetical -', 'FRA>UKR 074 hypothetical -'] },
  { text: 'Belarus has not sent its own troops into Ukraine.', want: ['BLR>UKR 190 negated 2025-10-16'] },
  { text: 'Russia sent troops to its border with Ukraine.', want: ['RUS>UKR 154 occurred 2025-10-16'] },
  { text: 'Jordanian and Egyptian aircraft dropped food parcels over northern Gaza on Sunday.', want: ['JORMIL>PSE 073 occurred 2025-10-12', 'EGYMIL>PSE 073 occurred 2025-10-12'] },
  { text: 'The European Commission disbursed a further 3.5 billion euros to Ukraine on Friday.', want: ['IGOEUREEC>UKR 071 occurred 2025-10-10'] },
  { text: 'The International Monetary Fund approved the immediate release of about $1 billion to Pakistan on Friday.', want: ['IGOUNOIMF>PAK 071 occurred 2025-10-10'] },
  { text: 'Kenyan President William Ruto withdrew the contested finance bill on Wednesday.', want: ['KENGOV>KEN 0832 occurred 2025-10-15'] },
  { text: "Nepal's prime minister resigned on Tuesday.", want: ['NPLGOV>NPL 0831 occurred 2025-10-14'] },
  { text: 'Pakistan restored access to the social media platform X on Thursday.', want: ['PAK>PAK 0811 occurred 2025-10-16'] },
  { text: "Bangladesh's interim government has refused to lift the ban on the political activities of the Awami League.", want: ['BGDGOV>BGD 1241 occurred 2025-10-16'] },
  { text: 'Bangladeshi authorities threatened to impose a curfew in Dhaka.', want: ['BGDGOV>BGD 1323 occurred 2025-10-16'] },
  { text: 'A team from the UN human rights office will travel to Port Sudan on Monday.', want: ['IGOUNOHRC>SDN 042 planned 2025-10-20'] },
  { text: 'An Australian journalist snatched by insurgents in Iraq has been freed.', want: ['IRQREB>AUSMED 181 occurred 2025-10-16'] },
  { text: 'Xi and Biden spoke by phone on Tuesday.', want: ['CHNGOV>USAELI 041 occurred 2025-10-14', 'USAELI>CHNGOV 041 occurred 2025-10-14'] },
  { text: "South Korea's military raised its alert level along the border on Tuesday amid soaring tensions with North Korea.", want: ['KORMIL>PRK 152 occurred 2025-10-14'] },
  { text: 'Taiwan put its forces on alert after China launched drills.', want: ['TWN>CHN 152 occurred 2025-10-16'] },
  { text: 'French authorities may raise the terrorism threat level before the Olympic Games.', want: ['FRAGOV>FRA 151 hypothetical -'] },
  { text: "Gunmen killed about 100 people in an attack on a village in Nigeria's Benue state on Friday.", want: ['NGAREB>NGACVL 202 occurred 2025-10-10'] },
  { text: 'Iran will expel all undocumented Afghans in the coming weeks.', want: ['IRN>AFGCVL 201 planned -'] },
  { text: 'Russian artillery killed two civilians in Kherson.', want: ['RUSMIL>UKRCVL 194 occurred 2025-10-16'] },
  { text: "Myanmar's military carried out a campaign of ethnic cleansing against Rohingya Muslims in Rakhine state in 2017.", want: ['MMRMIL>MMR 203 occurred 2017-01-01'] },
  { text: 'Pakistan began a mass expulsion of undocumented Afghans on Wednesday.', want: ['PAK>AFGCVL 201 occurred 2025-10-15'] },
  { text: 'Seoul did not threaten to cut off economic cooperation with Pyongyang.', want: ['KORGOV>PRKGOV 1312 negated 2025-10-16'] },
  { text: 'Al-Shabaab threatened to carry out suicide bombings in Nairobi.', want: ['SOMREB>KEN 1383 occurred 2025-10-16'] },
  { text: 'Police arrested and detained protesters in Tbilisi.', want: ['GEOCOP>GEOCVL 173 occurred 2025-10-16'] },
  { text: 'China urged the United States to reverse its decision to revoke the visas of Chinese students, calling the move discriminatory.', want: ['CHN>USA 0242 occurred 2025-10-16', 'CHN>USA 111 occurred 2025-10-16'] },
  { text: 'Tehran called the American accusation baseless.', want: ['IRNGOV>USA 111 occurred 2025-10-16'] },
  { text: 'Trump called Putin on Monday.', want: ['USAGOV>RUSGOV 041 occurred 2025-10-13'] },
  { text: 'Kenyan police opened fire on protesters in Nairobi on Tuesday.', want: ['KENCOP>KENCVL 175 occurred 2025-10-14'] },
  { text: 'Georgian riot police fired water cannon and tear gas at thousands of demonstrators outside parliament on Sunday.', want: ['GEOCOP>GEOCVL 175 occurred 2025-10-12'] },
  { text: 'The jailing of opposition leaders in Tbilisi drew sharp criticism.', want: ['GEOCOP>GEOOPP 173 occurred 2025-10-16'] },
  { text: 'Hackers linked to Russian military intelligence broke into the control system of a water treatment plant in northern Poland last week.', want: ['RUSSPY>POL 176 occurred 2025-10-06'] },
  { text: 'French troops will leave Senegal by the end of July.', want: ['FRAMIL>SEN 166 planned -'] },
  { text: 'Argentina will withdraw from the World Health Organization.', want: ['ARG>IGOUNOWHO 160 planned -'] },
  { text: 'Russian forces withdrew from Kherson.', want: ['RUSMIL>UKR 0874 occurred 2025-10-16'] },
  { text: 'EU foreign ministers failed on Monday to agree on sanctions against violent Israeli settlers.', want: ['IGOEUREEC>ISRCVL 163 negated 2025-10-13'] },
  { text: 'Trump threatened sanctions and tariffs on Russia.', want: ['USAGOV>RUS 1312 occurred 2025-10-16'] },
  { text: "Britain and Canada imposed travel bans and asset freezes on Israel's far-right ministers.", want: ['GBR>ISR 172 occurred 2025-10-16', 'CAN>ISR 172 occurred 2025-10-16'] },
  { text: 'Ukrainian shelling killed a woman in the Russian city of Belgorod on Thursday.', want: ['UKR>RUSCVL 194 occurred 2025-10-16'] },
  { text: 'RSF fighters were using displaced families in El Fasher as human shields.', want: ['SDNREB>SDNCVL 184 occurred 2025-10-16'] },
  { text: 'Poland will close all crossings on its border with Belarus from Friday.', want: ['POL>BLR 191 planned 2025-10-17'] },
  { text: 'Indonesian police will go on high alert from Saturday.', want: ['IDNCOP>IDN 151 planned 2025-10-18'] },
  { text: 'Israel and Hamas are expected to sign the ceasefire agreement in Egypt on Thursday.', want: ['ISR>PSEREB 0871 planned 2025-10-16', 'PSEREB>ISR 0871 planned 2025-10-16'] },
  { text: 'Russia declared a ceasefire in Ukraine for Easter.', want: ['RUS>UKR 0871 occurred 2025-10-16'] },
  { text: 'Israeli police raised their alert level in Jerusalem ahead of Friday prayers.', want: ['ISRCOP>ISR 151 occurred 2025-10-10'] },
  { text: 'Marcos urged Japan to hold more joint military exercises with Manila.', want: ['PHLGOV>JPN 0212 occurred 2025-10-16'] },
  { text: 'Iran may target Israeli officials and diplomats abroad.', want: ['IRN>ISRGOV 190 hypothetical -'] },
  { text: 'Armenia and Azerbaijan have not exchanged fire along their border since signing a peace declaration at the White House.', want: ['ARM>AZE 057 occurred 2025-10-16', 'AZE>ARM 057 occurred 2025-10-16', 'ARM>AZE 193 negated 2025-10-16', 'AZE>ARM 193 negated 2025-10-16'] },
  { text: 'France demanded that Algeria release the jailed writer Boualem Sansal.', want: ['FRA>DZA 1053 occurred 2025-10-16'] },
  { text: 'Turkey demanded that Sweden extradite dozens of suspected Kurdish militants.', want: ['TUR>SWE 1013 occurred 2025-10-16'] },
  { text: 'China urged Thailand and Cambodia to return to the negotiating table.', want: ['CHN>THA 026 occurred 2025-10-16', 'CHN>KHM 026 occurred 2025-10-16'] },
  { text: 'Opposition leader Yair Lapid called on Prime Minister Benjamin Netanyahu to step down.', want: ['ISROPP>ISRGOV 0241 occurred 2025-10-16'] },
  { text: 'Burundi has threatened to pull its troops out of Somalia.', want: ['BDI>SOM 136 occurred 2025-10-16'] },
  { text: "Zelenskyy did not travel to Alaska for Friday's summit between Trump and Putin.", want: ['UKRGOV>USA 042 negated 2025-10-10', 'USAGOV>RUSGOV 040 occurred 2025-10-10', 'RUSGOV>USAGOV 040 occurred 2025-10-10'] },
  { text: 'No Russian missiles struck Kyiv overnight.', want: ['RUSMIL>UKR 195 negated 2025-10-16'] },
  { text: "Mozambique's opposition has called for a march on the capital on Thursday.", want: ['MOZOPP>MOZGOV 141 planned 2025-10-16'] },
  { text: 'France held crisis talks on the fate of two French journalists held hostage in Iraq.', want: ['IRQ>FRAMED 181 occurred 2025-10-16'] },
  { text: 'Hungary, led by Prime Minister Viktor Orban, has positioned itself as a potential intermediary in the conflict.', want: ['HUN>- 039 occurred 2025-10-16'] },
  { text: 'North Korea would not hesitate to use nuclear weapons against South Korea.', want: ['PRK>KOR 2042 hypothetical -'] },
  { text: "Russia's envoy to the United Nations defended Venezuela's government.", want: ['RUSGOV>VENGOV 052 occurred 2025-10-16'] },
  { text: "Saudi Arabia welcomed the formation of Lebanon's new government.", want: ['SAU>LBNGOV 051 occurred 2025-10-16'] },
  { text: 'Macron used a visit to Beirut on Friday to rally international support for the Lebanese army.', want: ['FRAGOV>LBNMIL 053 occurred 2025-10-10'] },
  { text: 'Russian strikes hit Kyiv overnight.', want: ['RUS>UKR 195 occurred 2025-10-16'] },
  { text: 'Indian Prime Minister Narendra Modi arrived in Moscow on Monday for his first visit to Russia in five years.', want: ['INDGOV>RUS 042 occurred 2025-10-13'] },
  { text: "Araghchi said he was hopeful after Saturday's indirect talks with U.S. envoy Steve Witkoff in Muscat.", want: ['IRNGOV>USAGOV 046 occurred 2025-10-11', 'IRNGOV>USAGOV 013 occurred 2025-10-11'] },
  { text: 'German Foreign Minister Johann Wadephul said on Monday he doubted that Moscow was serious about making peace in Ukraine.', want: ['DEUGOV>RUSGOV 012 occurred 2025-10-13'] },
  { text: 'Darfur rebels accused Khartoum of killing civilians.', want: ['SDNREB>SDNGOV 112 occurred 2025-10-16', 'SDNGOV>SDNCVL 1823 hypothetical -'] },
  { text: 'Chinese Vice Premier He Lifeng and Treasury Secretary Scott Bessent will hold trade negotiations on Saturday.', want: ['CHNGOV>USAGOV 046 planned 2025-10-18', 'USAGOV>CHNGOV 046 planned 2025-10-18'] },
  { text: 'Ukraine would keep hitting Russian oil refineries.', want: ['UKR>RUS 190 hypothetical -'] },
  { text: "Iran has not retaliated for Israel's Oct. 6 air strikes on its military sites.", want: ['ISR>IRN 195 occurred 2025-10-06'] },
  { text: 'China kept sending vessels to resupply troops on the shoal.', want: [] },
  { text: 'Investigators from the ICC will travel to Bangladesh next week.', want: ['IGOICC>BGD 042 planned 2025-10-20'] },
  { text: 'Jordan recalled its ambassador from Israel on Wednesday.', want: ['JOR>ISR 161 occurred 2025-10-15'] },
  { text: 'Israel did not send a delegation to Cairo on Sunday.', want: ['ISR>EGY 042 negated 2025-10-12'] },
  { text: 'EU energy ministers agreed on Monday to phase out all imports of Russian gas.', want: ['IGOEUREEC>RUS 163 planned -'] },
  { text: 'China put three US firms on its unreliable entity list.', want: ['CHN>USABUS 163 occurred 2025-10-16'] },
  { text: 'Washington is expected to veto the draft resolution on Gaza.', want: ['USAGOV>IGOUNO 129 planned -'] },
  { text: "Hungary vetoed the EU's resolution.", want: ['HUN>IGOEUREEC 129 occurred 2025-10-16'] },
  { text: 'Serbian authorities deployed thousands of riot police to central Belgrade on Friday.', want: ['SRBGOV>SRB 153 occurred 2025-10-10'] },
  { text: 'France could deploy as many as 45,000 police officers if the rioting spreads.', want: ['FRA>FRA 153 hypothetical -'] },
  { text: 'Police in Paris arrested 20 protesters.', want: ['FRACOP>FRACVL 173 occurred 2025-10-16'] },
  { text: 'Romanian prosecutors are investigating whether Russia interfered in the election.', want: ['ROUJUD>RUS 091 occurred 2025-10-16'] },
  { text: "Spain's Supreme Court will question former transport minister Jose Luis Abalos on Monday over alleged kickbacks.", want: ['ESPJUD>ESPGOV 091 planned 2025-10-20'] },
  { text: 'Putin, who faces an international arrest warrant, did not travel to Johannesburg.', want: ['RUSGOV>ZAF 042 negated 2025-10-16'] },
  { text: 'Algeria, which broke off relations with Rabat in 2021, offered its condolences to Morocco.', want: ['DZA>MAR 018 occurred 2025-10-16', 'DZA>MARGOV 161 occurred 2021-01-01'] },
  { text: 'Thailand and Cambodia pledged on Tuesday to resolve their dispute, a day after agreeing to a ceasefire.', want: ['THA>KHM 0871 occurred 2025-10-14', 'KHM>THA 0871 occurred 2025-10-14'] },
];

describe('events: constructions', () => {
  for (const c of constructions) test(c.text, () => assert.deepEqual(eventLines(c.text), c.want));
});

describe('events', () => {
  for (const c of cases) {
    test(c.text, () => assert.deepEqual(eventLines(c.text), c.want));
  }

  test('every event carries its evidence and its rule', () => {
    const text = 'Russian forces shelled Kharkiv on Tuesday, killing two civilians.';
    const a = testCoder().code({ id: 'e', text, date: '2025-10-16' });
    assert.ok(a.events.length > 0);
    for (const e of a.events) {
      assert.ok(e.rule && e.rule.includes('->'), e.rule);
      assert.equal(e.sentence, text);
      assert.ok(text.slice(e.span.start, e.span.end).includes('shelled'));
      assert.ok(e.confidence > 0 && e.confidence <= 1);
    }
  });
});

describe('countIn', () => {
  const cases: [string, number][] = [
    ['killed more than 460 patients', 460], ['expel some 800,000 Afghans', 800_000], ['killed hundreds of people', 200],
    ['drove tens of thousands from their homes', 20_000], ['hundreds of thousands fled', 200_000], ['expel all migrants', 1e9], ['killed two civilians', 0], ['sent 1.5 million doses', 1_500_000],
  ];
  for (const [text, want] of cases) {
    test(text, () => {
      const doc = testCoder().document({ id: 'n', text, date: '2025-10-16' });
      assert.equal(countIn(doc.tokens, 0, doc.tokens.length), want);
    });
  }
});
