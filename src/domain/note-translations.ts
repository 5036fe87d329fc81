/**
 * English for every note in the published datasets, keyed by the note exactly as the data writes
 * it (Swedish). The English renders the note as a reader sees it (publicNote: the pointers into
 * the project's seed files, "(rad 3768)", are left out). Words quoted from a source stay Swedish
 * inside their quotes, with an English gloss in brackets where it helps. A new dataset version
 * brings its notes' English here: tests/domain/note-translations.test.ts reads every published
 * dataset and fails on a note without one. Used through noteText (note-text.ts).
 */
export const NOTE_TRANSLATIONS: Readonly<Record<string, string>> = {
  "Källans summa för länets 26 kommuner.":
    "The source's total for the county's 26 municipalities.",
  'Källan skriver "Värdö"; det är Värmdö (0120).':
    'The source writes "Värdö"; this is Värmdö (0120).',
  "Verksamhetstyp: barn- och ungdomsvård, myndighet.":
    "Type of activity: social services for children and young people, case handling.",
  "Verksamhetstyp: barn- och ungdomsvård.":
    "Type of activity: social services for children and young people.",
  "Delsumma i källan ('= 1 041 125'). Kontroll: 250 000 + 491 125 + 300 000 = 1 041 125 – stämmer.":
    "Subtotal in the source ('= 1 041 125'). Check: 250,000 + 491,125 + 300,000 = 1,041,125 – correct.",
  "Verksamhetstyp: socialpsykiatri/bostad med särskild service.":
    "Type of activity: community mental health services / housing with special service.",
  "Verksamhetstyp: Personliga ombud.": "Type of activity: personal ombudsmen.",
  "Verksamhetstyp: Budget- och skuldrådgivning.":
    "Type of activity: budget and debt counselling.",
  "Verksamhetstyp: socialpsykiatri.":
    "Type of activity: community mental health services.",
  "Delsumma i källan ('= 1 852 468'). Kontroll: 67 191 + 42 292 + 105 000 + 200 000 + 350 000 + 349 969 + 574 716 + 163 300 = 1 852 468 – stämmer.":
    "Subtotal in the source ('= 1 852 468'). Check: 67,191 + 42,292 + 105,000 + 200,000 + 350,000 + 349,969 + 574,716 + 163,300 = 1,852,468 – correct.",
  "Delsumma i källan ('= 267 000'); gruppen har en enda aktivitet.":
    "Subtotal in the source ('= 267 000'); the group has a single activity.",
  "Verksamhet: Bostad med särskild service. Satsning i planen: 'Handledning för arbetsledare'.":
    "Service: housing with special service. Initiative in the plan: 'Handledning för arbetsledare' (supervision for team leaders).",
  "Verksamhet: Bostad med särskild service. Satsning i planen: 'Workshops kring samsjuklighet och psykiatriska diagnoser'.":
    "Service: housing with special service. Initiative in the plan: 'Workshops kring samsjuklighet och psykiatriska diagnoser' (workshops on co-occurring conditions and psychiatric diagnoses).",
  "Verksamhet: Bostad med särskild service. Satsning i planen: 'Uppföljande handledning i samsjuklighet och psykiatriska diagnoser'. Parad med redovisningens 'Handledning till boendestödjare' (samma belopp, målet gäller boendestödjare).":
    "Service: housing with special service. Initiative in the plan: 'Uppföljande handledning i samsjuklighet och psykiatriska diagnoser' (follow-up supervision on co-occurring conditions and psychiatric diagnoses). Paired with the report's 'Handledning till boendestödjare' (supervision for housing support workers): same amount, and the aim concerns housing support workers.",
  "Verksamhet: Bostad med särskild service. Satsning i planen: 'Utökning med en chefsresurs'. Inte parad: motsvarar möjligen redovisningens 'Förstärkt arbetsledning inom socialpsykiatri/bostad med särskild service' (349 969 kr), men källan säger inte det.":
    "Service: housing with special service. Initiative in the plan: 'Utökning med en chefsresurs' (one more manager). Not paired: it may correspond to the report's 'Förstärkt arbetsledning inom socialpsykiatri/bostad med särskild service' (SEK 349,969), but the source does not say so.",
  "Verksamhet: Bostad med särskild service. Satsning i planen: 'Anställning av samordnare'. Parad med redovisningens 'Samordning av utvecklingsarbete inom socialpsykiatri/bostad med särskild service' (samma belopp; där redovisad under Övriga kostnader).":
    "Service: housing with special service. Initiative in the plan: 'Anställning av samordnare' (hiring a coordinator). Paired with the report's 'Samordning av utvecklingsarbete inom socialpsykiatri/bostad med särskild service' (same amount; reported there under other costs).",
  "Verksamhet: Bostad med särskild service. Satsning i planen: 'Anställning av extra boendestödjare på satellitboenden'. Inte parad: motsvarar möjligen redovisningens 'Förstärkning av bemanning inom socialpsykiatri/bostad med särskild service' (574 716 kr), men källan säger inte det.":
    "Service: housing with special service. Initiative in the plan: 'Anställning av extra boendestödjare på satellitboenden' (extra housing support workers in satellite housing). Not paired: it may correspond to the report's 'Förstärkning av bemanning inom socialpsykiatri/bostad med särskild service' (SEK 574,716), but the source does not say so.",
  "Verksamhet: IFO barn. Satsning i planen: 'Kvalitetsledare 50%'. Inte parad: redovisningen har ingen rad för kvalitetsledare (sammanfattningen på rad 937 nämner dock en kvalitetsledartjänst inom barnspåret; redovisningens 'Konsultstöd' 491 125 kr kan vara samma satsning).":
    "Service: social services for children ('IFO barn'). Initiative in the plan: 'Kvalitetsledare 50%' (quality lead, half time). Not paired: the report has no line for a quality lead (the summary does mention a quality lead post in the children's strand; the report's 'Konsultstöd', SEK 491,125, may be the same initiative).",
  "Verksamhet: IFO barn. Satsning i planen: 'Utveckla och erbjuda stöd via barnskyddsteam'.":
    "Service: social services for children ('IFO barn'). Initiative in the plan: 'Utveckla och erbjuda stöd via barnskyddsteam' (develop and offer support through a child protection team).",
  "Verksamhet: IFO barn. Satsning i planen: 'Team skolnärvaro'.":
    "Service: social services for children ('IFO barn'). Initiative in the plan: 'Team skolnärvaro' (school attendance team).",
  "Verksamhet: SUE/VOF. Satsning i planen: 'Anhörigstöd, utökade aktiviteter'. Finns bara i planen, inte i redovisningen.":
    "Service: SUE/VOF. Initiative in the plan: 'Anhörigstöd, utökade aktiviteter' (more activities to support relatives). Only in the plan, not in the report.",
  "Verksamhet: SUE. Satsning i planen: 'Utökning med ett personligt ombud'.":
    "Service: SUE. Initiative in the plan: 'Utökning med ett personligt ombud' (one more personal ombudsman).",
  "Verksamhet: Bosättning. Satsning i planen: 'Utökning av budget- och skuldrådgivning'.":
    "Service: settlement ('Bosättning'). Initiative in the plan: 'Utökning av budget- och skuldrådgivning' (more budget and debt counselling).",
  "Verksamhet: IFO vuxen. Satsning i planen: 'Utveckling av styrkebaserat arbetsätt'.":
    "Service: social services for adults ('IFO vuxen'). Initiative in the plan: 'Utveckling av styrkebaserat arbetsätt' (developing a strengths-based way of working).",
  "Raden 'Fördelade medel' i planen. Kontroll: de 13 satsningarna summerar till 2 739 877 kr – stämmer. Planen anger också 'Totalt beviljat' 2 739 877 och 'Kvarstående' 0. Redovisningen (stimulans-redovisat) har ingen totalrad; dess tre delsummor blir tillsammans 3 160 593 kr, alltså mer än planerat och beviljat.":
    "The plan's line 'Fördelade medel' (funds allocated). Check: the 13 initiatives sum to SEK 2,739,877 – correct. The plan also gives 'Totalt beviljat' (total granted) 2 739 877 and 'Kvarstående' (remaining) 0. The report (stimulans-redovisat) has no total line; its three subtotals add up to SEK 3,160,593, more than planned and granted.",
  "Raden 'Totalt beviljat' i planen; 'Kvarstående' 0 (rad 3768).":
    "The plan's line 'Totalt beviljat' (total granted); 'Kvarstående' (remaining) 0.",
  "'För verksamhetsåret 2020 beviljades Botkyrka kommun 1 127 386 kronor i statsbidrag för 2,80 heltidstjänster som PO' (rad 248, 260, 264); samma belopp i redovisningsblanketten, avsnitt 7 Ekonomi (rad 598).":
    "'För verksamhetsåret 2020 beviljades Botkyrka kommun 1 127 386 kronor i statsbidrag för 2,80 heltidstjänster som PO' (for 2020 the municipality was granted SEK 1,127,386 for 2.80 full-time personal ombudsman posts); the same amount in the reporting form, section 7 'Ekonomi'.",
  "Förbrukat statsbidrag enligt redovisningsblanketten; lika med beviljat belopp.":
    "Government grant used according to the reporting form; equal to the amount granted.",
  "'Totalt antal ombudstjänster i kommunen: 2,8' (rad 439); '2,80 heltidstjänster' i tjänsteskrivelsen (rad 248, 264); 2,8 årsanställningar både beviljade och förbrukade (rad 598, 603). Antal personliga ombud: 1 kvinna och 2 män (rad 442). Ansökan för 2021 avser två tjänster.":
    "'Totalt antal ombudstjänster i kommunen: 2,8' (total ombudsman posts in the municipality); '2,80 heltidstjänster' (full-time posts) in the official report; 2.8 full-time equivalents both granted and used. Personal ombudsmen: 1 woman and 2 men. The application for 2021 is for two posts.",
  "'För 2020 har Botkyrka rekvirerat 636 982 kronor. Samtliga medel har använts.' (rad 645; rad 671 skriver 'rekviderat'). Återrapporteringsformuläret anger 'Erhållet statsbidrag: (636982 kr)' (rad 755), men fälten Kostnader och Kvarstående är tomma i källan. Formulärets hjälptext nämner 'verksamhetsåret 2019' (rad 747), troligen ett fel i Socialstyrelsens mall.":
    "'För 2020 har Botkyrka rekvirerat 636 982 kronor. Samtliga medel har använts.' (for 2020 Botkyrka requisitioned SEK 636,982, all of it used). The reporting form gives 'Erhållet statsbidrag: (636982 kr)' (grant received), but its fields for costs and remaining funds are empty in the source. The form's help text mentions 'verksamhetsåret 2019' (the 2019 financial year), probably an error in the National Board of Health and Welfare's template.",
  "'För 2020 har 955 473 kronor. Samtliga medel har förbrukats.' (rad 3776, meningen saknar verb i källan); formuläret: 'Erhållet statsbidrag: (955473 kr)' (rad 3902); fälten för kostnader är tomma i källan. Med bidraget anställdes 2 socialsekreterare (2,00 årsarbetare); kommunen kunde inte anställa tillräckligt eftersom 'Statsbidraget har inte räckt till' (rad 3945, 3962, 3999).":
    "'För 2020 har 955 473 kronor. Samtliga medel har förbrukats.' (for 2020, SEK 955,473, all of it used; the sentence has no verb in the source); the form: 'Erhållet statsbidrag: (955473 kr)' (grant received); the fields for costs are empty in the source. The grant paid for 2 social workers (2.00 full-time equivalents); the municipality could not hire enough because 'Statsbidraget har inte räckt till' (the grant was not enough).",
  '"Varje år tar cirka 320 människor sitt liv i Stockholmsregionen." Källan anger ingen referensperiod; 2023 är handlingsplanens år.':
    '"Varje år tar cirka 320 människor sitt liv i Stockholmsregionen." (Every year about 320 people take their own lives in the Stockholm region.) The source gives no reference period; 2023 is the year of the action plan.',
  '"I dagsläget finns 28 familjecentraler i länet och ytterligare några som är på väg att starta."':
    '"I dagsläget finns 28 familjecentraler i länet och ytterligare några som är på väg att starta." (There are currently 28 family centres in the county and a few more about to open.)',
  '"Stockholms län har 37 familjecentraler fördelade på 18 kommuner."':
    '"Stockholms län har 37 familjecentraler fördelade på 18 kommuner." (Stockholm County has 37 family centres in 18 municipalities.)',
  'Hembesöksprogram "finns idag i 13 områden där Care need index (CNI) visar på en ökad risk för ohälsa".':
    'Home visiting programmes "finns idag i 13 områden där Care need index (CNI) visar på en ökad risk för ohälsa" (exist today in 13 areas where the Care Need Index shows an increased risk of ill health).',
  '"I december 2022 fanns det utökade hembesöksprogrammet på 19 BVC och i nio kommuner."':
    '"I december 2022 fanns det utökade hembesöksprogrammet på 19 BVC och i nio kommuner." (In December 2022 the extended home visiting programme ran at 19 child health centres and in nine municipalities.)',
  "'5,6 procent av barn och unga i åldersgruppen 0–17 hade en eller flera psykiatriska diagnoser' (statistik från 2017, VAL-databaserna). low/high = spannet mellan kommunerna, 3,5–7,2 procent (rad 1627).":
    "'5,6 procent av barn och unga i åldersgruppen 0–17 hade en eller flera psykiatriska diagnoser' (5.6 per cent of children and young people aged 0–17 had one or more psychiatric diagnoses; statistics from 2017, the VAL databases). low/high = the range between the municipalities, 3.5–7.2 per cent.",
  "Uppgift saknas i källan: värdena per kommun finns bara som bild (Figur 3)":
    "Not given in the source: the values per municipality are only shown as an image (Figure 3).",
  "Källan anger inget länsvärde för ADHD, bara spannet mellan kommunerna (0,6–4,9 procent), som står i low/high.":
    "The source gives no county value for ADHD, only the range between the municipalities (0.6–4.9 per cent), which is in low/high.",
  "Uppgift saknas i källan: texten anger bara att andelen med ADHD varierade mellan 0,6 och 4,9 procent mellan kommunerna; värden per kommun redovisas inte i texten (Figur 3 är en bild). Årtalet 2017 följer av sammanhanget.":
    "Not given in the source: the text only says that the share with ADHD varied between 0.6 and 4.9 per cent across the municipalities; values per municipality are not given in the text (Figure 3 is an image). The year 2017 follows from the context.",
  "Källan anger inget länsvärde för ångest, bara spannet mellan kommunerna (0,7–2,4 procent), som står i low/high.":
    "The source gives no county value for anxiety, only the range between the municipalities (0.7–2.4 per cent), which is in low/high.",
  "Uppgift saknas i källan: texten anger bara att andelen med ångest varierade mellan 0,7 och 2,4 procent mellan kommunerna; värden per kommun redovisas inte i texten (Figur 3 är en bild). Årtalet 2017 följer av sammanhanget.":
    "Not given in the source: the text only says that the share with anxiety varied between 0.7 and 2.4 per cent across the municipalities; values per municipality are not given in the text (Figure 3 is an image). The year 2017 follows from the context.",
  "Källan: 'År 2017 hade lite drygt 13 procent en eller flera psykiatriska diagnoser' – ungefärligt värde. low/high = spannet mellan kommunerna, 7,4–17,0 procent (rad 1633).":
    "The source: 'År 2017 hade lite drygt 13 procent en eller flera psykiatriska diagnoser' (in 2017 just over 13 per cent had one or more psychiatric diagnoses) – an approximate value. low/high = the range between the municipalities, 7.4–17.0 per cent.",
  "Uppgift saknas i källan: värdena per kommun finns bara som bild (Figur 4)":
    "Not given in the source: the values per municipality are only shown as an image (Figure 4).",
  "Källan: 'från runt 9 procent 2011' – ungefärligt värde.":
    "The source: 'från runt 9 procent 2011' (from around 9 per cent in 2011) – an approximate value.",
  "Källan: 'till strax över 12 procent år 2017' – ungefärligt värde. Diagnos inom öppenvård eller slutenvård (Figur 9).":
    "The source: 'till strax över 12 procent år 2017' (to just over 12 per cent in 2017) – an approximate value. Diagnosis in outpatient or inpatient care (Figure 9).",
  "Källan: 'hade drygt 12 procent en psykiatrisk diagnos' – ungefärligt värde. Meningen anger inget år; Figur 10 gäller år 2017.":
    "The source: 'hade drygt 12 procent en psykiatrisk diagnos' (just over 12 per cent had a psychiatric diagnosis) – an approximate value. The sentence gives no year; Figure 10 is for 2017.",
  "Källans åldersgrupp: '<15 år'.":
    "The source's age group: '<15 år' (under 15 years).",
  "Kolumnrubriken i källan lyder 'Antal/100 00' (skrivfel för 100 000). Källans åldersgrupp: '<15 år'.":
    "The source's column heading reads 'Antal/100 00' (a typo for 100 000, number per 100,000). The source's age group: '<15 år' (under 15 years).",
  "Källans åldersgrupp: '<15 år'. Kontroll: män + kvinnor = 18 + 8 = 26 – stämmer.":
    "The source's age group: '<15 år' (under 15 years). Check: men + women = 18 + 8 = 26 – correct.",
  "Kolumnrubriken i källan lyder 'Antal/100 00' (skrivfel för 100 000).":
    "The source's column heading reads 'Antal/100 00' (a typo for 100 000, number per 100,000).",
  "Kontroll: män + kvinnor = 66 + 27 = 93 – stämmer.":
    "Check: men + women = 66 + 27 = 93 – correct.",
  "Samma tal i texten: '13,8 per 100 000 invånare i åldersgruppen 15–24 år' (rad 1660).":
    "The same figure in the text: '13,8 per 100 000 invånare i åldersgruppen 15–24 år' (13.8 per 100,000 inhabitants aged 15–24).",
  "Källan: 'antalet personer per 100 000 invånare som vårdats på sjukhus på grund av självskadebeteende 58,7 (89 flickor och 30 pojkar) … medeltalet 70,6 för hela landet (104 flickor och 39 pojkar) år 2016'. Talen för flickor och pojkar tolkas som antal per 100 000 (104 och 39 kan inte vara antal personer i hela landet). Åldersgrupp anges inte ('barn och unga').":
    "The source: 'antalet personer per 100 000 invånare som vårdats på sjukhus på grund av självskadebeteende 58,7 (89 flickor och 30 pojkar) … medeltalet 70,6 för hela landet (104 flickor och 39 pojkar) år 2016' (people per 100,000 inhabitants treated in hospital for self-harm: 58.7, girls 89 and boys 30; the national average 70.6, girls 104 and boys 39, in 2016). The figures for girls and boys are read as numbers per 100,000 (104 and 39 cannot be numbers of people in the whole country). No age group is given ('barn och unga', children and young people).",
  "'Medeltalet för hela landet'. Källan: 'antalet personer per 100 000 invånare som vårdats på sjukhus på grund av självskadebeteende 58,7 (89 flickor och 30 pojkar) … medeltalet 70,6 för hela landet (104 flickor och 39 pojkar) år 2016'. Talen för flickor och pojkar tolkas som antal per 100 000 (104 och 39 kan inte vara antal personer i hela landet). Åldersgrupp anges inte ('barn och unga').":
    "'Medeltalet för hela landet' (the national average). The source: 'antalet personer per 100 000 invånare som vårdats på sjukhus på grund av självskadebeteende 58,7 (89 flickor och 30 pojkar) … medeltalet 70,6 för hela landet (104 flickor och 39 pojkar) år 2016' (people per 100,000 inhabitants treated in hospital for self-harm: 58.7, girls 89 and boys 30; the national average 70.6, girls 104 and boys 39, in 2016). The figures for girls and boys are read as numbers per 100,000 (104 and 39 cannot be numbers of people in the whole country). No age group is given ('barn och unga', children and young people).",
  "Folkhälsomyndighetens nationella folkhälsoenkät år 2016. Annat år (2016) än kommunvärdena (2013–2016, Kolada).":
    "The Public Health Agency's national public health survey, 2016. A different year (2016) from the municipal values (2013–2016, Kolada).",
  "Kvinnor, nationella folkhälsoenkäten 2016 enligt sammanhanget (källhänvisning Folkhälsodata 2017).":
    "Women, the national public health survey 2016 according to the context (cited as 'Folkhälsodata 2017').",
  "Män, nationella folkhälsoenkäten 2016 enligt sammanhanget (källhänvisning Folkhälsodata 2017).":
    "Men, the national public health survey 2016 according to the context (cited as 'Folkhälsodata 2017').",
  "'var som högst 22 procent i Stockholms stad, Solna stad, Huddinge och Järfälla' – Stockholms stad är en av de fyra kommuner som delar det högsta värdet. Åldersgrupp 16–84 år, 2013–2016 (Figur 8); källhänvisning Kolada.":
    "'var som högst 22 procent i Stockholms stad, Solna stad, Huddinge och Järfälla' (was highest, 22 per cent, in Stockholm, Solna, Huddinge and Järfälla) – Stockholm is one of the four municipalities that share the highest value. Age group 16–84 years, 2013–2016 (Figure 8); cited from Kolada.",
  "'var som högst 22 procent i Stockholms stad, Solna stad, Huddinge och Järfälla' – Solna stad är en av de fyra kommuner som delar det högsta värdet. Åldersgrupp 16–84 år, 2013–2016 (Figur 8); källhänvisning Kolada.":
    "'var som högst 22 procent i Stockholms stad, Solna stad, Huddinge och Järfälla' (was highest, 22 per cent, in Stockholm, Solna, Huddinge and Järfälla) – Solna is one of the four municipalities that share the highest value. Age group 16–84 years, 2013–2016 (Figure 8); cited from Kolada.",
  "'var som högst 22 procent i Stockholms stad, Solna stad, Huddinge och Järfälla' – Huddinge är en av de fyra kommuner som delar det högsta värdet. Åldersgrupp 16–84 år, 2013–2016 (Figur 8); källhänvisning Kolada.":
    "'var som högst 22 procent i Stockholms stad, Solna stad, Huddinge och Järfälla' (was highest, 22 per cent, in Stockholm, Solna, Huddinge and Järfälla) – Huddinge is one of the four municipalities that share the highest value. Age group 16–84 years, 2013–2016 (Figure 8); cited from Kolada.",
  "'var som högst 22 procent i Stockholms stad, Solna stad, Huddinge och Järfälla' – Järfälla är en av de fyra kommuner som delar det högsta värdet. Åldersgrupp 16–84 år, 2013–2016 (Figur 8); källhänvisning Kolada.":
    "'var som högst 22 procent i Stockholms stad, Solna stad, Huddinge och Järfälla' (was highest, 22 per cent, in Stockholm, Solna, Huddinge and Järfälla) – Järfälla is one of the four municipalities that share the highest value. Age group 16–84 years, 2013–2016 (Figure 8); cited from Kolada.",
  "'Andelen var som lägst i Täby kommun, där den var 12 procent.' Åldersgrupp 16–84 år, 2013–2016 (Figur 8); källhänvisning Kolada.":
    "'Andelen var som lägst i Täby kommun, där den var 12 procent.' (The share was lowest in Täby, 12 per cent.) Age group 16–84 years, 2013–2016 (Figure 8); cited from Kolada.",
  "Nämns bland kommunerna med högst andel. Källan anger inte vilket år uppgiften avser; 2017 är året för Socialstyrelsens sammanställning av nyckelindikatorer (Nyckelindikator 13) som texten hänvisar till. Bara de två högsta och två lägsta kommunerna nämns; inget länsvärde anges.":
    "Named among the municipalities with the highest share. The source does not say which year the figure is for; 2017 is the year of the National Board of Health and Welfare's key indicators (key indicator 13) that the text refers to. Only the two highest and the two lowest municipalities are named; no county value is given.",
  "Nämns bland kommunerna med lägst andel. Källan anger inte vilket år uppgiften avser; 2017 är året för Socialstyrelsens sammanställning av nyckelindikatorer (Nyckelindikator 13) som texten hänvisar till. Bara de två högsta och två lägsta kommunerna nämns; inget länsvärde anges.":
    "Named among the municipalities with the lowest share. The source does not say which year the figure is for; 2017 is the year of the National Board of Health and Welfare's key indicators (key indicator 13) that the text refers to. Only the two highest and the two lowest municipalities are named; no county value is given.",
  "'förekomsten 7 antal placerade barn och unga vuxna (0–20 år) per 1 000 invånare år 2016'.":
    "'förekomsten 7 antal placerade barn och unga vuxna (0–20 år) per 1 000 invånare år 2016' (the prevalence: 7 children and young adults aged 0–20 placed in care per 1,000 inhabitants in 2016).",
  "Kommunen med högst antal placerade barn. Året anges bara för länsvärdet i meningen före; 2016 antas gälla även här.":
    "The municipality with the most children placed in care. The year is only given for the county value in the sentence before; 2016 is assumed here too.",
  "Kommunen med lägst antal placerade barn. Året anges bara för länsvärdet i meningen före; 2016 antas gälla även här.":
    "The municipality with the fewest children placed in care. The year is only given for the county value in the sentence before; 2016 is assumed here too.",
  "'andelen som inte var behöriga till gymnasiet ökat från 9,6 till 12,6 procent mellan 2016 och 2017'.":
    "'andelen som inte var behöriga till gymnasiet ökat från 9,6 till 12,6 procent mellan 2016 och 2017' (the share not eligible for upper secondary school rose from 9.6 to 12.6 per cent between 2016 and 2017).",
  "'I Danderyd och på Lidingö var andelen unga utan gymnasiebehörighet 3,9 procent'. Meningen anger inget år; jämförelsen gäller 2017 enligt nästa mening ('Störst andel utan gymnasiebehörighet år 2017 hade Sigtuna').":
    "'I Danderyd och på Lidingö var andelen unga utan gymnasiebehörighet 3,9 procent' (in Danderyd and Lidingö the share of young people not eligible for upper secondary school was 3.9 per cent). The sentence gives no year; the comparison is for 2017 according to the next sentence ('Störst andel utan gymnasiebehörighet år 2017 hade Sigtuna', Sigtuna had the largest share in 2017).",
  "Meningen anger inget år; jämförelsen gäller 2017 enligt nästa mening ('Störst andel utan gymnasiebehörighet år 2017 hade Sigtuna').":
    "The sentence gives no year; the comparison is for 2017 according to the next sentence ('Störst andel utan gymnasiebehörighet år 2017 hade Sigtuna', Sigtuna had the largest share in 2017).",
  "Störst andel i länet år 2017.": "The largest share in the county in 2017.",
  "Den högre av de två kommuner som nämns. Förändring i antalet startade sjukfall i psykiatriska diagnoser mellan 2010 och 2015. Inget länsvärde anges.":
    "The higher of the two municipalities named. Change in the number of new sickness absence cases with psychiatric diagnoses between 2010 and 2015. No county value is given.",
  "Den lägre av de två kommuner som nämns. Förändring i antalet startade sjukfall i psykiatriska diagnoser mellan 2010 och 2015. Inget länsvärde anges.":
    "The lower of the two municipalities named. Change in the number of new sickness absence cases with psychiatric diagnoses between 2010 and 2015. No county value is given.",
  "'Snittet i riket var 66,5 procent.' Förändring i antalet startade sjukfall i psykiatriska diagnoser mellan 2010 och 2015. Inget länsvärde anges.":
    "'Snittet i riket var 66,5 procent.' (The national average was 66.5 per cent.) Change in the number of new sickness absence cases with psychiatric diagnoses between 2010 and 2015. No county value is given.",
  "Källans kolumn heter 'Medel till Stockholms läns landsting'.":
    "The source's column is headed 'Medel till Stockholms läns landsting' (funds to Stockholm County Council).",
  "Beloppet är markerat med * i källan: enligt överenskommelse mellan Stockholms läns landsting och samtliga kommuner i Stockholms län har landstinget rekvirerat medel för både kommunerna och landstinget, även om insatser genomförs med gemensamt ansvar (rad 1376).":
    "The amount is marked with * in the source: by agreement between Stockholm County Council and all the municipalities of Stockholm County, the county council requisitioned the funds for both the municipalities and the county council, even where the work is done under shared responsibility.",
  "Källans kolumn heter 'Medel till Stockholms läns landsting'. Beloppet är markerat med * i källan: enligt överenskommelse mellan Stockholms läns landsting och samtliga kommuner i Stockholms län har landstinget rekvirerat medel för både kommunerna och landstinget, även om insatser genomförs med gemensamt ansvar (rad 1376).":
    "The source's column is headed 'Medel till Stockholms läns landsting' (funds to Stockholm County Council). The amount is marked with * in the source: by agreement between Stockholm County Council and all the municipalities of Stockholm County, the county council requisitioned the funds for both the municipalities and the county council, even where the work is done under shared responsibility.",
  "Totalbeloppet står i texten, inte i tabellen: 'tilldelas totalt 307,6 miljoner kronor fördelat på sex olika områden' (rad 1350; 'drygt 307 miljoner kronor' rad 1297). Tabell 1 saknar summarad. Kontroll: tabellens sex rader summerar till 307 600 000 kr (kommunerna 95 800 000 kr, landstinget 211 800 000 kr) – stämmer exakt med texten.":
    "The total is in the text, not in the table: 'tilldelas totalt 307,6 miljoner kronor fördelat på sex olika områden' (a total of SEK 307.6 million is allocated across six areas; elsewhere 'drygt 307 miljoner kronor', just over SEK 307 million). Table 1 has no total row. Check: the table's six rows sum to SEK 307,600,000 (municipalities SEK 95,800,000, county council SEK 211,800,000) – exactly as in the text.",
  "Källans kolumn heter 'Län'.":
    "The source's column is headed 'Län' (county).",
  "Totalbeloppet står i texten, inte i tabellen: 'medel på sammanlagt 369 miljoner kronor' (rad 47). Tabell 1 saknar summarad. Kontroll: tabellens tio belopp summerar till 368 977 236 kr (Region Stockholm 190 012 003 kr, Kommun 69 031 115 kr, Län 109 934 118 kr), alltså 369 miljoner kronor avrundat – ingen motsägelse. Textens 'åtta satsningar, varav två delas mellan kommunerna och regionen och fyra går till länet' stämmer med tabellen.":
    "The total is in the text, not in the table: 'medel på sammanlagt 369 miljoner kronor' (funds totalling SEK 369 million). Table 1 has no total row. Check: the table's ten amounts sum to SEK 368,977,236 (Region Stockholm SEK 190,012,003, municipalities SEK 69,031,115, county SEK 109,934,118), i.e. SEK 369 million rounded – no contradiction. The text's 'åtta satsningar, varav två delas mellan kommunerna och regionen och fyra går till länet' (eight initiatives, two shared between the municipalities and the region and four going to the county) agrees with the table.",
  "Två belopp på raden; textversionen saknar kolumnpositioner, så beloppen är tolkade i kolumnordning: första = Region Stockholm, andra = Kommuner (som i 2020 års tabell, där motsvarande område delas mellan Region Stockholm och Kommun).":
    "Two amounts on the row; the text version has lost the column positions, so the amounts are read in column order: first = Region Stockholm, second = municipalities (as in the 2020 table, where the same area is shared between Region Stockholm and the municipalities).",
  "Kolumnen framgår inte av textversionen (ett enda belopp på raden, kolumnpositionerna har gått förlorade). Placerad som motsvarande område i 2020 års Tabell 1 (seed 000 rad 51, kolumn Region Stockholm). Beloppet omfattar inte raden 'Del av 3.2 Ungdomsmottagningar': bara med båda beloppen summerar tabellen till textens 352 miljoner kronor.":
    "The column cannot be seen in the text version (a single amount on the row; the column positions are lost). Placed like the same area in the 2020 Table 1. The amount does not include the row 'Del av 3.2 Ungdomsmottagningar' (part of 3.2, youth clinics): only with both amounts does the table add up to the text's SEK 352 million.",
  "Kolumnen framgår inte av textversionen (ett enda belopp på raden, kolumnpositionerna har gått förlorade). Placerad som motsvarande område i 2020 års Tabell 1 (seed 000 rad 57, kolumn Län). Handlingsplanen räknar ungdomsmottagningarna till de länsgemensamma satsningarna (rad 20–26). Medlen är fördelade på andelen barn och unga 0–25 år (rad 171–172).":
    "The column cannot be seen in the text version (a single amount on the row; the column positions are lost). Placed like the same area in the 2020 Table 1. The action plan counts the youth clinics among the county-wide initiatives. The funds are allocated by the share of children and young people aged 0–25.",
  "Kolumnen framgår inte av textversionen (ett enda belopp på raden, kolumnpositionerna har gått förlorade). Placerad som motsvarande område i 2020 års Tabell 1 (seed 000 rad 54, kolumn Län). Osäker placering: samsjuklighet räknas inte upp bland de länsgemensamma satsningarna på rad 20–28.":
    "The column cannot be seen in the text version (a single amount on the row; the column positions are lost). Placed like the same area in the 2020 Table 1. An uncertain placement: co-occurring conditions are not listed among the county-wide initiatives.",
  "Kolumnen framgår inte av textversionen (ett enda belopp på raden, kolumnpositionerna har gått förlorade). Placerad som motsvarande område i 2020 års Tabell 1 (seed 000 rad 55, kolumn Län). Handlingsplanen beskriver en länsgemensam satsning på brukarmedverkan för kommunerna (rad 28, 247–248).":
    "The column cannot be seen in the text version (a single amount on the row; the column positions are lost). Placed like the same area in the 2020 Table 1. The action plan describes a county-wide initiative on user involvement for the municipalities.",
  "Kolumnen framgår inte av textversionen (ett enda belopp på raden, kolumnpositionerna har gått förlorade). Placerad som motsvarande område i 2020 års Tabell 1 (seed 000 rad 56, kolumn Län). Handlingsplanen räknar suicidprevention till de länsgemensamma satsningarna (rad 24, 198–199).":
    "The column cannot be seen in the text version (a single amount on the row; the column positions are lost). Placed like the same area in the 2020 Table 1. The action plan counts suicide prevention among the county-wide initiatives.",
  "Kolumnen framgår inte av textversionen (ett enda belopp på raden, kolumnpositionerna har gått förlorade). Placerad som motsvarande område i 2020 års Tabell 1 (seed 000 rad 53, kolumn Region Stockholm).":
    "The column cannot be seen in the text version (a single amount on the row; the column positions are lost). Placed like the same area in the 2020 Table 1.",
  "Totalbeloppet står i texten, inte i tabellen: 'medel på sammanlagt 352 miljoner kronor' (rad 109–110). Tabell 1 saknar summarad. Kontroll: tabellens tio belopp summerar till 352 422 628 kr, alltså 352 miljoner kronor avrundat – ingen motsägelse, förutsatt att 'Del av 3.2 Ungdomsmottagningar' kommer utöver beloppet för 3.2. Mottagarsummor redovisas inte eftersom kolumnplaceringen för rader med ett belopp är tolkad.":
    "The total is in the text, not in the table: 'medel på sammanlagt 352 miljoner kronor' (funds totalling SEK 352 million). Table 1 has no total row. Check: the table's ten amounts sum to SEK 352,422,628, i.e. SEK 352 million rounded – no contradiction, provided that 'Del av 3.2 Ungdomsmottagningar' (part of 3.2, youth clinics) comes on top of the amount for 3.2. Totals per recipient are not given because the column of rows with a single amount is inferred.",
  "Samma belopp för 2016–2018 i Tabell 2 i 2018 års handlingsplan (seed 003 rad 2291–2293).":
    "The same amount for 2016–2018 in Table 2 of the 2018 action plan.",
  "Koladas år 2012 avser 2009–2012 (4 års undersökningar sammanslagna, enligt KPI-definitionen).":
    "Kolada's year 2012 covers 2009–2012 (four years of surveys pooled, according to the KPI definition).",
  "Koladas år 2014 avser 2011–2014 (4 års undersökningar sammanslagna, enligt KPI-definitionen).":
    "Kolada's year 2014 covers 2011–2014 (four years of surveys pooled, according to the KPI definition).",
  "Koladas år 2016 avser 2013–2016 (4 års undersökningar sammanslagna, enligt KPI-definitionen).":
    "Kolada's year 2016 covers 2013–2016 (four years of surveys pooled, according to the KPI definition).",
  "Koladas år 2018 avser 2015–2018 (4 års undersökningar sammanslagna, enligt KPI-definitionen).":
    "Kolada's year 2018 covers 2015–2018 (four years of surveys pooled, according to the KPI definition).",
  "Koladas år 2020 avser 2017–2020 (4 års undersökningar sammanslagna, enligt KPI-definitionen).":
    "Kolada's year 2020 covers 2017–2020 (four years of surveys pooled, according to the KPI definition).",
  "Koladas år 2021 avser 2018–2021 (4 års undersökningar sammanslagna, enligt KPI-definitionen).":
    "Kolada's year 2021 covers 2018–2021 (four years of surveys pooled, according to the KPI definition).",
  "Koladas år 2022 avser 2019–2022 (4 års undersökningar sammanslagna, enligt KPI-definitionen).":
    "Kolada's year 2022 covers 2019–2022 (four years of surveys pooled, according to the KPI definition).",
  // tillganglighet-barn-unga v1
  '"I Stockholms län fick 91 procent av de barn och unga som sökte till barn- och ungdomspsykiatri under de första sju månaderna i 2018 en första bedömning inom 30 dagar." Uppgiften är hämtad ur databasen väntetider.se enligt källans fotnot 95.':
    "\"I Stockholms län fick 91 procent av de barn och unga som sökte till barn- och ungdomspsykiatri under de första sju månaderna i 2018 en första bedömning inom 30 dagar.\" [In Stockholm County, 91 per cent of the children and young people who sought child and adolescent psychiatry in the first seven months of 2018 had a first assessment within 30 days.] The figure comes from the database 'väntetider.se', according to the source's footnote 95.",
  '"Under samma period inleddes en fördjupad utredning inom 30 dagar efter första bedömningen i 81 procent av fallen." Ett annat mått än den första bedömningen: tiden räknas från första bedömningen, och andelen gäller fallen.':
    '"Under samma period inleddes en fördjupad utredning inom 30 dagar efter första bedömningen i 81 procent av fallen." [In the same period, an in-depth assessment started within 30 days of the first assessment in 81 per cent of cases.] A different measure from the first assessment: the time counts from the first assessment, and the share is of cases.',
  '"Idag får ca två procent av länets barn och unga stöd och behandling genom första linjen, men behovet av insatser genom första linjen är stort." Cirka-värde; källan anger inte vilket år "idag" avser.':
    '"Idag får ca två procent av länets barn och unga stöd och behandling genom första linjen, men behovet av insatser genom första linjen är stort." [Today about two per cent of the county\'s children and young people get support and treatment in first-line care, but the need for first-line care is great.] An approximate value; the source does not say which year "idag" (today) refers to.',
  '"Väntetiden för att komma till första linjen varierade från mindre än en månad upp till fyra månader." Ur uppföljningen av första linjen som presenterades 2018 (CES); källan namnger inga mottagningar eller kommuner och anger inte vilken period väntetiderna gäller.':
    '"Väntetiden för att komma till första linjen varierade från mindre än en månad upp till fyra månader." [The waiting time for first-line care varied from less than a month up to four months.] From the follow-up of first-line care presented in 2018 (CES); the source names no clinics or municipalities and does not say which period the waiting times refer to.',
  '"Väntetiden för att komma till första linjen varierade från mindre än en månad upp till fyra månader." Ur uppföljningen av första linjen som presenterades 2018 (CES); källan namnger inga mottagningar eller kommuner och anger inte vilken period väntetiderna gäller. Den kortaste väntetiden var under en månad (0–1).':
    '"Väntetiden för att komma till första linjen varierade från mindre än en månad upp till fyra månader." [The waiting time for first-line care varied from less than a month up to four months.] From the follow-up of first-line care presented in 2018 (CES); the source names no clinics or municipalities and does not say which period the waiting times refer to. The shortest waiting time was under one month (0–1).',
  "Kolumnen Antalet fysiska besök, raden 0–2 år.":
    "Column 'Antalet fysiska besök' (number of in-person visits), row 0–2 years.",
  "Kolumnen Antal personer, raden 0–2 år.":
    "Column 'Antal personer' (number of persons), row 0–2 years.",
  "Kolumnen Antalet fysiska besök, raden 3–5 år.":
    "Column 'Antalet fysiska besök' (number of in-person visits), row 3–5 years.",
  "Kolumnen Antal personer, raden 3–5 år.":
    "Column 'Antal personer' (number of persons), row 3–5 years.",
  "Kolumnen Antalet fysiska besök, raden 6–8 år.":
    "Column 'Antalet fysiska besök' (number of in-person visits), row 6–8 years.",
  "Kolumnen Antal personer, raden 6–8 år.":
    "Column 'Antal personer' (number of persons), row 6–8 years.",
  "Kolumnen Antalet fysiska besök, raden 9–11 år.":
    "Column 'Antalet fysiska besök' (number of in-person visits), row 9–11 years.",
  "Kolumnen Antal personer, raden 9–11 år.":
    "Column 'Antal personer' (number of persons), row 9–11 years.",
  "Kolumnen Antalet fysiska besök, raden 12–14 år.":
    "Column 'Antalet fysiska besök' (number of in-person visits), row 12–14 years.",
  "Kolumnen Antal personer, raden 12–14 år.":
    "Column 'Antal personer' (number of persons), row 12–14 years.",
  "Kolumnen Antalet fysiska besök, raden 15–17 år.":
    "Column 'Antalet fysiska besök' (number of in-person visits), row 15–17 years.",
  "Kolumnen Antal personer, raden 15–17 år.":
    "Column 'Antal personer' (number of persons), row 15–17 years.",
  "Kolumnen Antalet fysiska besök, raden 18 år.":
    "Column 'Antalet fysiska besök' (number of in-person visits), row 18 years.",
  "Kolumnen Antal personer, raden 18 år.":
    "Column 'Antal personer' (number of persons), row 18 years.",
  'Kolumnen Antalet fysiska besök, raden 0–18 år (summan av åldersgrupperna). Texten före figuren: "nästan 30 000 besök".':
    "Column 'Antalet fysiska besök' (number of in-person visits), row 0–18 years (the sum of the age groups). The text before the figure: \"nästan 30 000 besök\" (almost 30,000 visits).",
  'Kolumnen Antal personer, raden 0–18 år (summan av åldersgrupperna); samma tal i texten före figuren: "8 265 personer i åldern 0–18 år".':
    "Column 'Antal personer' (number of persons), row 0–18 years (the sum of the age groups); the same number in the text before the figure: \"8 265 personer i åldern 0–18 år\" (8,265 persons aged 0–18).",
  '"Av totalt 29 755 besök var 18 463 besök gjorda av flickor, vilket motsvarar 62 procent av besöken."':
    '"Av totalt 29 755 besök var 18 463 besök gjorda av flickor, vilket motsvarar 62 procent av besöken." [Of 29,755 visits in all, 18,463 were made by girls, 62 per cent of the visits.]',
  '"Av de totalt 8 265 barnen mellan 0–18 år var 4 639 (56 procent) flickor."':
    '"Av de totalt 8 265 barnen mellan 0–18 år var 4 639 (56 procent) flickor." [Of the 8,265 children aged 0–18 in all, 4,639 (56 per cent) were girls.]',
  // kolada-sverige-u01472/u01473 v1: counties that report single survey years
  "Liv & Hälsa (18–84 år): Koladas år 2012 avser 2012, inte fyra sammanslagna år som övriga landet.":
    "'Liv & Hälsa' (a survey, ages 18–84): Kolada's year 2012 refers to 2012 alone, not to four pooled years as for the rest of Sweden.",
  "Liv & Hälsa (18–84 år): Koladas år 2014 avser 2014, inte fyra sammanslagna år som övriga landet.":
    "'Liv & Hälsa' (a survey, ages 18–84): Kolada's year 2014 refers to 2014 alone, not to four pooled years as for the rest of Sweden.",
  "Liv & Hälsa (18–84 år): Koladas år 2016 avser 2016, inte fyra sammanslagna år som övriga landet.":
    "'Liv & Hälsa' (a survey, ages 18–84): Kolada's year 2016 refers to 2016 alone, not to four pooled years as for the rest of Sweden.",
  "Liv & Hälsa (18–84 år): Koladas år 2018 avser 2018, inte fyra sammanslagna år som övriga landet.":
    "'Liv & Hälsa' (a survey, ages 18–84): Kolada's year 2018 refers to 2018 alone, not to four pooled years as for the rest of Sweden.",
  "Liv & Hälsa (18–84 år): Koladas år 2020 avser 2020, inte fyra sammanslagna år som övriga landet.":
    "'Liv & Hälsa' (a survey, ages 18–84): Kolada's year 2020 refers to 2020 alone, not to four pooled years as for the rest of Sweden.",
  "Liv & Hälsa (18–84 år): Koladas år 2021 avser 2021, inte fyra sammanslagna år som övriga landet.":
    "'Liv & Hälsa' (a survey, ages 18–84): Kolada's year 2021 refers to 2021 alone, not to four pooled years as for the rest of Sweden.",
  "Liv & Hälsa (18–84 år): Koladas år 2022 avser 2022, inte fyra sammanslagna år som övriga landet.":
    "'Liv & Hälsa' (a survey, ages 18–84): Kolada's year 2022 refers to 2022 alone, not to four pooled years as for the rest of Sweden.",
};
