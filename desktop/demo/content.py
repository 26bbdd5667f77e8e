"""Bundled demo content for Plan.

A fictional municipality (Lumbard) with its municipal strategy for improving social and family services
2025-2027 and the action plan, in Albanian (sq), Serbian Latin (sr) and English (en). All names, places and
figures are invented. English is intentionally missing from activity 13 onwards, some activities have no
budget or no responsible body: these gaps are there on purpose, so that the app has something to warn about.
"""

MUNICIPALITY = {
    "name": {"sq": "Komuna e Lumbardhit", "sr": "Opština Lumbard", "en": "Municipality of Lumbard"},
    "country": "XK",
    "currency": "EUR",
}


TARGET_GROUPS = [
    {
        "key": "disability",
        "name": {
            "sq": "Personat me aftësi të kufizuara",
            "sr": "Osobe sa invaliditetom",
            "en": "Persons with disabilities",
        },
    },
    {"key": "elderly", "name": {"sq": "Të moshuarit", "sr": "Starije osobe", "en": "Older people"}},
    {"key": "children", "name": {"sq": "Fëmijët në rrezik", "sr": "Deca u riziku", "en": "Children at risk"}},
    {
        "key": "rae",
        "name": {
            "sq": "Komunitetet rom, ashkali dhe egjiptian",
            "sr": "Romska, aškalijska i egipćanska zajednica",
            "en": "Roma, Ashkali and Egyptian communities",
        },
    },
    {
        "key": "dv",
        "name": {
            "sq": "Viktimat e dhunës në familje",
            "sr": "Žrtve nasilja u porodici",
            "en": "Victims of domestic violence",
        },
    },
    {
        "key": "youth",
        "name": {
            "sq": "Të rinjtë në rrezik përjashtimi social",
            "sr": "Mladi u riziku od socijalne isključenosti",
            "en": "Young people at risk of social exclusion",
        },
    },
    {
        "key": "single_parent",
        "name": {
            "sq": "Familjet me një prind",
            "sr": "Jednoroditeljske porodice",
            "en": "Single-parent families",
        },
    },
    {
        "key": "social_assistance",
        "name": {
            "sq": "Familjet që përfitojnë ndihmë sociale",
            "sr": "Porodice korisnici socijalne pomoći",
            "en": "Families receiving social assistance",
        },
    },
]


STRATEGY = {
    "title": {
        "sq": "Strategjia komunale për përmirësimin e shërbimeve sociale dhe familjare 2025-2027",
        "sr": "Opštinska strategija za unapređenje socijalnih i porodičnih usluga 2025-2027",
        "en": "Municipal strategy for improving social and family services 2025-2027",
    },
    "start_year": 2025,
    "end_year": 2027,
    "sections": [
        {
            "key": "context",
            "title": {
                "sq": "Konteksti dhe analiza e situatës",
                "sr": "Kontekst i analiza situacije",
                "en": "Context and situation analysis",
            },
            "body": {
                "sq": (
                    "Komuna e Lumbardhit shtrihet në pjesën perëndimore të Kosovës dhe përfshin qytetin e "
                    "Lumbardhit dhe 38 fshatra. Sipas regjistrimit të popullsisë të vitit 2024, komuna ka 57 "
                    "640 banorë, prej të cilëve 44% jetojnë në zonën urbane. Popullsia është relativisht e "
                    "re (mosha mesatare 32 vjeç), por numri i të moshuarve po rritet vazhdimisht: 7 210 "
                    "banorë (12,5%) janë mbi 65 vjeç, ndërsa rreth 1 150 prej tyre jetojnë vetëm. Largimi i "
                    "të rinjve drejt vendeve të Bashkimit Evropian ka dobësuar rrjetet familjare mbi të "
                    "cilat tradicionalisht është mbështetur kujdesi për anëtarët më të cenueshëm.\n\n"
                    "Në fund të vitit 2024, 1 236 familje me gjithsej 4 780 anëtarë përfitonin ndihmë "
                    "sociale, ndërsa 2 140 persona merrnin pension për aftësi të kufizuara. Në komunë janë "
                    "evidentuar 318 fëmijë me aftësi të kufizuara, por vetëm 96 prej tyre marrin ndonjë "
                    "shërbim të specializuar, kryesisht jashtë komunës. Shërbimet në komunitet mungojnë "
                    "pothuajse tërësisht: nuk ekziston qendër ditore për fëmijët me aftësi të kufizuara, "
                    "kurse kujdesin në shtëpi për të moshuarit e ofron vetëm një OJQ, për 42 përfitues.\n\n"
                    "Qendra për Punë Sociale ka 9 punonjës socialë, të cilët në vitin 2024 kanë trajtuar 1 "
                    "310 raste, afërsisht 145 raste për punonjës, shumë mbi standardin e rekomanduar. Gjatë "
                    "vitit janë hapur 214 raste të reja të mbrojtjes së fëmijëve, ndërsa aktive janë vetëm 5 "
                    "familje kujdestare, prandaj 9 fëmijë janë vendosur në institucione jashtë komunës. "
                    "Policia e Kosovës ka regjistruar 96 raste të dhunës në familje, në 81% të tyre viktima "
                    "ishin gra; 19 gra dhe 27 fëmijë janë strehuar përkohësisht në strehimore të komunave "
                    "fqinje, ndërsa programe riintegrimi nuk ekzistojnë.\n\n"
                    "Në tri lagje të qytetit dhe në dy fshatra jetojnë rreth 2 350 pjesëtarë të komuniteteve "
                    "rom, ashkali dhe egjiptian. Regjistrimi i fëmijëve të këtyre komuniteteve në arsimin "
                    "fillor është 71%, krahasuar me 98% në nivel komune, dhe 37 persona ende nuk janë të "
                    "regjistruar në librat e gjendjes civile. Papunësia e të rinjve 15-24 vjeç vlerësohet në "
                    "41%. Në vitin 2024 për shërbime sociale janë shpenzuar 412 000 euro, prej të cilave 268 "
                    "000 euro nga granti specifik për shërbime sociale dhe 144 000 euro nga të hyrat "
                    "vetanake të Komunës, pa llogaritur skemën e ndihmës sociale që paguhet drejtpërdrejt "
                    "nga niveli qendror.\n\n"
                    "Strategjia është hartuar nga Grupi këshillëdhënës për shërbime sociale, i përbërë nga "
                    "14 anëtarë nga administrata komunale, Qendra për Punë Sociale, shkollat, Qendra "
                    "Kryesore e Mjekësisë Familjare, policia dhe organizatat e shoqërisë civile. Gjatë "
                    "gjashtë takimeve dhe dy dëgjimeve publike në vitin 2024 janë konsultuar mbi 160 "
                    "qytetarë, përfshirë përfaqësues të të gjitha grupeve të synuara."
                ),
                "sr": (
                    "Opština Lumbard nalazi se u zapadnom delu Kosova i obuhvata grad Lumbard i 38 sela. "
                    "Prema popisu stanovništva iz 2024. godine, opština ima 57.640 stanovnika, od kojih 44% "
                    "živi u gradskom području. Stanovništvo je relativno mlado (prosečna starost 32 godine), "
                    "ali broj starijih osoba stalno raste: 7.210 stanovnika (12,5%) starije je od 65 godina, "
                    "a oko 1.150 njih živi samo. Odlazak mladih u zemlje Evropske unije oslabio je porodične "
                    "mreže na koje se tradicionalno oslanjala briga o najranjivijim članovima zajednice.\n\n"
                    "Krajem 2024. godine socijalnu pomoć primalo je 1.236 porodica sa ukupno 4.780 članova, "
                    "dok je 2.140 osoba primalo penziju za osobe sa invaliditetom. U opštini je evidentirano "
                    "318 dece sa invaliditetom, ali samo 96 njih dobija neku specijalizovanu uslugu, "
                    "uglavnom van opštine. Usluge u zajednici gotovo potpuno nedostaju: ne postoji dnevni "
                    "centar za decu sa invaliditetom, a pomoć u kući za starije osobe pruža samo jedna NVO, "
                    "za 42 korisnika.\n\n"
                    "Centar za socijalni rad ima 9 socijalnih radnika, koji su u 2024. godini obradili 1.310 "
                    "slučajeva, približno 145 slučajeva po radniku, što je znatno iznad preporučenog "
                    "standarda. Tokom godine otvoreno je 214 novih slučajeva zaštite dece, dok je aktivno "
                    "samo 5 hraniteljskih porodica, pa je 9 dece smešteno u ustanove van opštine. Kosovska "
                    "policija evidentirala je 96 slučajeva nasilja u porodici, a u 81% slučajeva žrtve su "
                    "bile žene; 19 žena i 27 dece privremeno je zbrinuto u skloništima susednih opština, dok "
                    "programi reintegracije ne postoje.\n\n"
                    "U tri gradska naselja i dva sela živi oko 2.350 pripadnika romske, aškalijske i "
                    "egipćanske zajednice. Upis dece iz ovih zajednica u osnovno obrazovanje iznosi 71%, u "
                    "poređenju sa 98% na nivou opštine, a 37 osoba još uvek nije upisano u matične knjige. "
                    "Nezaposlenost mladih od 15 do 24 godine procenjuje se na 41%. U 2024. godini za "
                    "socijalne usluge potrošeno je 412.000 evra, od čega 268.000 evra iz specifičnog granta "
                    "za socijalne usluge i 144.000 evra iz sopstvenih prihoda Opštine, ne računajući šemu "
                    "socijalne pomoći koja se isplaćuje direktno sa centralnog nivoa.\n\n"
                    "Strategiju je izradila Savetodavna grupa za socijalne usluge, koju čini 14 članova iz "
                    "opštinske uprave, Centra za socijalni rad, škola, Glavnog centra porodične medicine, "
                    "policije i organizacija civilnog društva. Tokom šest sastanaka i dve javne rasprave u "
                    "2024. godini konsultovano je više od 160 građana, uključujući predstavnike svih ciljnih "
                    "grupa."
                ),
                "en": (
                    "The Municipality of Lumbard lies in the western part of Kosovo and comprises the town "
                    "of Lumbard and 38 villages. According to the 2024 population census, the municipality "
                    "has 57,640 inhabitants, 44% of whom live in the urban area. The population is "
                    "relatively young (average age 32), but the number of older people is rising steadily: "
                    "7,210 residents (12.5%) are over 65, and about 1,150 of them live alone. The emigration "
                    "of young people to European Union countries has weakened the family networks on which "
                    "care for the most vulnerable members has traditionally relied.\n\n"
                    "At the end of 2024, 1,236 families with a total of 4,780 members were receiving social "
                    "assistance, while 2,140 persons received a disability pension. The municipality has "
                    "registered 318 children with disabilities, but only 96 of them receive any specialised "
                    "service, mostly outside the municipality. Community-based services are almost entirely "
                    "missing: there is no day-care centre for children with disabilities, and home care for "
                    "older people is provided by a single NGO to just 42 beneficiaries.\n\n"
                    "The Centre for Social Work has 9 social workers, who handled 1,310 cases in 2024, "
                    "roughly 145 cases per worker, well above the recommended standard. During the year 214 "
                    "new child-protection cases were opened, while only 5 foster families are active, so 9 "
                    "children have been placed in institutions outside the municipality. The Kosovo Police "
                    "recorded 96 cases of domestic violence, in 81% of which the victims were women; 19 "
                    "women and 27 children were temporarily sheltered in neighbouring municipalities, and "
                    "there are no reintegration programmes.\n\n"
                    "About 2,350 members of the Roma, Ashkali and Egyptian communities live in three urban "
                    "neighbourhoods and two villages. Primary-school enrolment of children from these "
                    "communities is 71%, compared with 98% across the municipality, and 37 persons are still "
                    "not entered in the civil registry. Unemployment among young people aged 15-24 is "
                    "estimated at 41%. In 2024, EUR 412,000 was spent on social services, of which EUR "
                    "268,000 came from the specific grant for social services and EUR 144,000 from the "
                    "Municipality's own revenues, not counting the social assistance scheme paid directly by "
                    "the central level.\n\n"
                    "The strategy was drafted by the Advisory Group for Social Services, made up of 14 "
                    "members from the municipal administration, the Centre for Social Work, schools, the "
                    "Main Family Medicine Centre, the police and civil society organisations. Over six "
                    "meetings and two public hearings in 2024, more than 160 citizens were consulted, "
                    "including representatives of all target groups."
                ),
            },
        },
        {
            "key": "vision",
            "title": {"sq": "Vizioni", "sr": "Vizija", "en": "Vision"},
            "body": {
                "sq": (
                    "Lumbardhi është një komunë gjithëpërfshirëse, në të cilën çdo person dhe çdo familje në "
                    "nevojë ka qasje të barabartë në shërbime sociale cilësore, afër vendit ku jeton, dhe ku "
                    "askush nuk mbetet pas për shkak të moshës, aftësisë së kufizuar, përkatësisë etnike apo "
                    "gjendjes ekonomike."
                ),
                "sr": (
                    "Lumbard je inkluzivna opština u kojoj svaka osoba i svaka porodica u potrebi ima jednak "
                    "pristup kvalitetnim socijalnim uslugama, blizu mesta u kojem živi, i u kojoj niko ne "
                    "ostaje po strani zbog starosti, invaliditeta, etničke pripadnosti ili ekonomskog "
                    "položaja."
                ),
                "en": (
                    "Lumbard is an inclusive municipality in which every person and every family in need has "
                    "equal access to quality social services close to where they live, and where no one is "
                    "left behind because of age, disability, ethnicity or economic situation."
                ),
            },
        },
        {
            "key": "mission",
            "title": {"sq": "Misioni", "sr": "Misija", "en": "Mission"},
            "body": {
                "sq": (
                    "Komuna e Lumbardhit, në partneritet me Qendrën për Punë Sociale, institucionet publike "
                    "dhe organizatat e shoqërisë civile, planifikon, financon dhe ofron shërbime sociale dhe "
                    "familjare të bazuara në nevojat reale të qytetarëve, duke i dhënë përparësi "
                    "parandalimit, kujdesit në komunitet dhe mbështetjes së familjes, dhe duke i përdorur "
                    "burimet publike në mënyrë transparente dhe të përgjegjshme."
                ),
                "sr": (
                    "Opština Lumbard, u partnerstvu sa Centrom za socijalni rad, javnim institucijama i "
                    "organizacijama civilnog društva, planira, finansira i pruža socijalne i porodične "
                    "usluge zasnovane na stvarnim potrebama građana, dajući prednost prevenciji, "
                    "zbrinjavanju u zajednici i podršci porodici, i koristeći javna sredstva na "
                    "transparentan i odgovoran način."
                ),
                "en": (
                    "The Municipality of Lumbard, in partnership with the Centre for Social Work, public "
                    "institutions and civil society organisations, plans, funds and delivers social and "
                    "family services based on citizens' real needs, giving priority to prevention, "
                    "community-based care and family support, and using public resources transparently and "
                    "accountably."
                ),
            },
        },
        {
            "key": "goal",
            "title": {"sq": "Qëllimi i përgjithshëm", "sr": "Opšti cilj", "en": "General goal"},
            "body": {
                "sq": (
                    "Qëllimi i përgjithshëm i strategjisë është që deri në fund të vitit 2027 të zgjerohen "
                    "shërbimet sociale dhe familjare në Komunën e Lumbardhit dhe të përmirësohet cilësia e "
                    "tyre, në mënyrë që së paku 1 500 persona nga grupet e cenueshme të marrin shërbime në "
                    "komunitet, të ulet numri i fëmijëve të vendosur në institucione dhe të forcohet "
                    "përfshirja sociale e grupeve më të margjinalizuara."
                ),
                "sr": (
                    "Opšti cilj strategije je da se do kraja 2027. godine prošire socijalne i porodične "
                    "usluge u Opštini Lumbard i unapredi njihov kvalitet, tako da najmanje 1.500 osoba iz "
                    "ranjivih grupa dobija usluge u zajednici, da se smanji broj dece smeštene u ustanove i "
                    "da se ojača socijalna uključenost najmarginalizovanijih grupa."
                ),
                "en": (
                    "The general goal of the strategy is, by the end of 2027, to expand social and family "
                    "services in the Municipality of Lumbard and improve their quality, so that at least "
                    "1,500 persons from vulnerable groups receive community-based services, fewer children "
                    "are placed in institutions and the social inclusion of the most marginalised groups is "
                    "strengthened."
                ),
            },
        },
        {
            "key": None,
            "title": {
                "sq": "Personeli dhe partnerët e zbatimit",
                "sr": "Kadrovi i partneri u sprovođenju",
                "en": "Staffing and implementation partners",
            },
            "body": {
                "sq": (
                    "Zbatimi i strategjisë koordinohet nga Drejtoria e Shëndetësisë dhe Mirëqenies Sociale, "
                    "e cila do të caktojë një zyrtar për planifikimin dhe monitorimin e shërbimeve sociale. "
                    "Qendra për Punë Sociale mbetet ofruesi kryesor i shërbimeve dhe menaxheri i rasteve; "
                    "për të ulur ngarkesën, gjatë periudhës 2025-2027 parashihet punësimi i tre punonjësve "
                    "të rinj socialë, i një psikologu dhe i një juristi.\n\n"
                    "Partnerë kryesorë janë Drejtoria e Arsimit, Qendra Kryesore e Mjekësisë Familjare, "
                    "Policia e Kosovës, Zyra për Komunitete dhe Kthim, Agjencia e Punësimit dhe organizatat "
                    "e shoqërisë civile që ofrojnë shërbime të licencuara. Komuna do të nënshkruajë "
                    "memorandume bashkëpunimi me ofruesit jopublikë dhe do t'i kontraktojë shërbimet sipas "
                    "standardeve të miratuara nga ministria përgjegjëse për mirëqenien sociale."
                ),
                "sr": (
                    "Sprovođenje strategije koordinira Direkcija za zdravstvo i socijalnu zaštitu, koja će "
                    "odrediti službenika za planiranje i praćenje socijalnih usluga. Centar za socijalni rad "
                    "ostaje glavni pružalac usluga i nosilac vođenja slučajeva; kako bi se smanjilo "
                    "opterećenje, u periodu 2025-2027 predviđeno je zapošljavanje tri nova socijalna "
                    "radnika, jednog psihologa i jednog pravnika.\n\n"
                    "Glavni partneri su Direkcija za obrazovanje, Glavni centar porodične medicine, Kosovska "
                    "policija, Kancelarija za zajednice i povratak, Agencija za zapošljavanje i organizacije "
                    "civilnog društva koje pružaju licencirane usluge. Opština će potpisati memorandume o "
                    "saradnji sa nejavnim pružaocima usluga i ugovarati usluge prema standardima koje je "
                    "usvojilo ministarstvo nadležno za socijalnu zaštitu."
                ),
                "en": (
                    "Implementation of the strategy is coordinated by the Directorate of Health and Social "
                    "Welfare, which will appoint an officer for social-service planning and monitoring. The "
                    "Centre for Social Work remains the main service provider and case manager; to reduce "
                    "the caseload, three new social workers, a psychologist and a lawyer are to be recruited "
                    "during 2025-2027.\n\n"
                    "The main partners are the Directorate of Education, the Main Family Medicine Centre, "
                    "the Kosovo Police, the Office for Communities and Return, the Employment Agency and "
                    "licensed civil society service providers. The Municipality will sign memoranda of "
                    "cooperation with non-public providers and contract services according to the standards "
                    "adopted by the ministry responsible for social welfare."
                ),
            },
        },
        {
            "key": None,
            "title": {"sq": "Financimi i planit", "sr": "Finansiranje plana", "en": "Financing of the plan"},
            "body": {
                "sq": (
                    "Kostoja e përgjithshme e planit të veprimit për periudhën 2025-2027 vlerësohet në rreth "
                    "1,87 milion euro: 598 000 euro në vitin 2025, 766 000 euro në vitin 2026 dhe 509 000 "
                    "euro në vitin 2027. Rreth 70% e mjeteve sigurohen nga buxheti komunal, përfshirë "
                    "grantin specifik për shërbime sociale, 12% nga niveli qendror dhe 18% nga donatorët. "
                    "Komuna synon që pjesa e buxhetit komunal për shërbime sociale të rritet nga 1,9% në "
                    "2,5% deri në vitin 2027.\n\n"
                    "Për tri aktivitete buxheti ende nuk është përcaktuar, ndërsa disa aktivitete varen nga "
                    "financimi i donatorëve. Këto aktivitete do t'u prezantohen donatorëve përmes versionit "
                    "në gjuhën angleze të këtij plani. Çdo vit, para miratimit të buxhetit komunal, Grupi "
                    "këshillëdhënës shqyrton kostot e planit dhe propozon ndryshimet e nevojshme."
                ),
                "sr": (
                    "Ukupni troškovi akcionog plana za period 2025-2027 procenjuju se na oko 1,87 miliona "
                    "evra: 598.000 evra u 2025. godini, 766.000 evra u 2026. godini i 509.000 evra u 2027. "
                    "godini. Oko 70% sredstava obezbeđuje se iz opštinskog budžeta, uključujući specifični "
                    "grant za socijalne usluge, 12% sa centralnog nivoa i 18% od donatora. Opština namerava "
                    "da udeo socijalnih usluga u opštinskom budžetu poveća sa 1,9% na 2,5% do 2027. "
                    "godine.\n\n"
                    "Za tri aktivnosti budžet još nije utvrđen, dok neke aktivnosti zavise od donatorskog "
                    "finansiranja. Ove aktivnosti biće predstavljene donatorima putem verzije ovog plana na "
                    "engleskom jeziku. Svake godine, pre usvajanja opštinskog budžeta, Savetodavna grupa "
                    "razmatra troškove plana i predlaže potrebne izmene."
                ),
                "en": (
                    "The total cost of the action plan for 2025-2027 is estimated at about EUR 1.87 million: "
                    "EUR 598,000 in 2025, EUR 766,000 in 2026 and EUR 509,000 in 2027. About 70% of the "
                    "funds come from the municipal budget, including the specific grant for social services, "
                    "12% from the central level and 18% from donors. The Municipality aims to raise the "
                    "share of the municipal budget spent on social services from 1.9% to 2.5% by 2027.\n\n"
                    "For three activities the budget has not yet been determined, while several activities "
                    "depend on donor funding. These activities will be presented to donors through the "
                    "English version of this plan. Every year, before the municipal budget is adopted, the "
                    "Advisory Group reviews the costs of the plan and proposes the necessary changes."
                ),
            },
        },
        {
            "key": None,
            "title": {
                "sq": "Monitorimi dhe vlerësimi",
                "sr": "Praćenje i evaluacija",
                "en": "Monitoring and evaluation",
            },
            "body": {
                "sq": (
                    "Grupi këshillëdhënës takohet së paku një herë në tre muaj për të ndjekur zbatimin e "
                    "aktiviteteve dhe një herë në vit për shqyrtimin vjetor të zbatimit. Në shqyrtimin "
                    "vjetor, për secilin aktivitet vlerësohen statusi (realizuar, në proces, nuk ka filluar, "
                    "anuluar), vlerat e arritura të treguesve dhe mjetet e shpenzuara.\n\n"
                    "Raporti vjetor dhe plani i rishikuar i veprimit përgatiten në gjuhën shqipe dhe serbe, "
                    "u dërgohen të gjithë anëtarëve të Grupit dhe i paraqiten Kuvendit të Komunës. Në vitin "
                    "2027 do të bëhet vlerësimi përfundimtar i strategjisë, i cili do të shërbejë si bazë "
                    "për hartimin e strategjisë së ardhshme."
                ),
                "sr": (
                    "Savetodavna grupa sastaje se najmanje jednom u tri meseca radi praćenja sprovođenja "
                    "aktivnosti i jednom godišnje radi godišnjeg pregleda sprovođenja. U godišnjem pregledu "
                    "za svaku aktivnost ocenjuju se status (realizovano, u toku, nije započeto, otkazano), "
                    "ostvarene vrednosti indikatora i utrošena sredstva.\n\n"
                    "Godišnji izveštaj i revidirani akcioni plan pripremaju se na albanskom i srpskom "
                    "jeziku, dostavljaju se svim članovima Grupe i podnose Skupštini opštine. U 2027. godini "
                    "biće sprovedena završna evaluacija strategije, koja će poslužiti kao osnova za izradu "
                    "naredne strategije."
                ),
                "en": (
                    "The Advisory Group meets at least once every three months to follow the implementation "
                    "of activities and once a year for the annual implementation review. In the annual "
                    "review, each activity is assessed for its status (completed, in progress, not started, "
                    "cancelled), the indicator values achieved and the funds spent.\n\n"
                    "The annual report and the revised action plan are prepared in Albanian and Serbian, "
                    "sent to all members of the Group and submitted to the Municipal Assembly. In 2027 a "
                    "final evaluation of the strategy will be carried out, which will serve as the basis for "
                    "drafting the next strategy."
                ),
            },
        },
    ],
    "objectives": [
        {
            "title": {
                "sq": "Zhvillimi i shërbimeve në komunitet për personat me aftësi të kufizuara dhe të moshuarit",
                "sr": "Razvoj usluga u zajednici za osobe sa invaliditetom i starije osobe",
                "en": "Developing community-based services for persons with disabilities and older people",
            },
            "description": {
                "sq": (
                    "Të krijohen dhe të zgjerohen shërbime ditore, shërbime në shtëpi dhe shërbime lëvizëse "
                    "që u mundësojnë personave me aftësi të kufizuara dhe të moshuarve të jetojnë sa më të "
                    "pavarur në familjet dhe në komunitetin e tyre."
                ),
                "sr": (
                    "Uspostaviti i proširiti dnevne usluge, usluge u kući i mobilne usluge koje osobama sa "
                    "invaliditetom i starijim osobama omogućavaju da žive što samostalnije u svojim "
                    "porodicama i zajednici."
                ),
                "en": (
                    "Establish and expand day, home-based and mobile services that enable persons with "
                    "disabilities and older people to live as independently as possible within their "
                    "families and community."
                ),
            },
            "priorities": [
                {
                    "title": {
                        "sq": "Shërbime ditore për fëmijët dhe të rinjtë me aftësi të kufizuara",
                        "sr": "Dnevne usluge za decu i mlade sa invaliditetom",
                        "en": "Day services for children and young people with disabilities",
                    },
                    "description": {
                        "sq": "Hapja dhe funksionimi i qendrës ditore dhe mbështetja e familjeve që kujdesen për ta.",
                        "sr": "Otvaranje i rad dnevnog centra i podrška porodicama koje se o njima staraju.",
                        "en": "Opening and running a day-care centre and supporting the families who care for them.",
                    },
                    "priorities": [
                        {
                            "title": {
                                "sq": "Terapia dhe rehabilitimi",
                                "sr": "Terapija i rehabilitacija",
                                "en": "Therapy and rehabilitation",
                            },
                            "description": {
                                "sq": (
                                    "Fizioterapi, terapi e të folurit dhe terapi zhvillimore në qendrën "
                                    "ditore dhe në shtëpi."
                                ),
                                "sr": (
                                    "Fizioterapija, logopedski tretman i razvojna terapija u dnevnom centru i u kući."
                                ),
                                "en": (
                                    "Physiotherapy, speech therapy and developmental therapy at the day-care "
                                    "centre and at home."
                                ),
                            },
                            "priorities": [],
                        },
                        {
                            "title": {
                                "sq": "Shërbimi i pushimit për prindërit",
                                "sr": "Usluga predaha za roditelje",
                                "en": "Respite care for parents",
                            },
                            "description": {
                                "sq": "Kujdes i përkohshëm që u jep prindërve mundësi për pushim dhe për punë.",
                                "sr": "Kratkotrajno zbrinjavanje koje roditeljima omogućava odmor i rad.",
                                "en": "Short-term care that gives parents time to rest and to work.",
                            },
                            "priorities": [],
                        },
                    ],
                },
                {
                    "title": {
                        "sq": "Kujdesi në shtëpi dhe shërbimet lëvizëse për të moshuarit",
                        "sr": "Pomoć u kući i mobilne usluge za starije osobe",
                        "en": "Home care and mobile services for older people",
                    },
                    "description": {
                        "sq": (
                            "Zgjerimi i kujdesit në shtëpi në zonat rurale dhe krijimi i një ekipi lëvizës "
                            "shumëdisiplinor."
                        ),
                        "sr": (
                            "Proširenje pomoći u kući na seoska područja i formiranje multidisciplinarnog "
                            "mobilnog tima."
                        ),
                        "en": "Extending home care to rural areas and setting up a multidisciplinary mobile team.",
                    },
                    "priorities": [
                        {
                            "title": {
                                "sq": "Kujdesi për të moshuarit që jetojnë vetëm",
                                "sr": "Briga o starijim osobama koje žive same",
                                "en": "Care for older people living alone",
                            },
                            "description": {
                                "sq": "Vizita të rregullta, ndihmë në shtëpi dhe sistem alarmi për rastet urgjente.",
                                "sr": "Redovne posete, pomoć u kući i sistem za uzbunjivanje u hitnim slučajevima.",
                                "en": "Regular visits, help at home and an alarm system for emergencies.",
                            },
                            "priorities": [],
                        },
                    ],
                },
                {
                    "title": {
                        "sq": "Qasshmëria dhe pjesëmarrja",
                        "sr": "Pristupačnost i učešće",
                        "en": "Accessibility and participation",
                    },
                    "description": {
                        "sq": (
                            "Përshtatja e objekteve publike dhe transporti i përshtatur për personat me "
                            "aftësi të kufizuara."
                        ),
                        "sr": "Prilagođavanje javnih objekata i prilagođeni prevoz za osobe sa invaliditetom.",
                        "en": (
                            "Adapting public buildings and providing accessible transport for persons with "
                            "disabilities."
                        ),
                    },
                    "priorities": [],
                },
            ],
        },
        {
            "title": {
                "sq": "Mbrojtja e fëmijëve dhe mbështetja e familjes",
                "sr": "Zaštita dece i podrška porodici",
                "en": "Child protection and family support",
            },
            "description": {
                "sq": (
                    "Të parandalohet ndarja e fëmijëve nga familjet e tyre dhe, kur kjo nuk është e mundur, "
                    "të sigurohet kujdes alternativ në familje në vend të vendosjes në institucione."
                ),
                "sr": (
                    "Sprečiti odvajanje dece od njihovih porodica i, kada to nije moguće, obezbediti "
                    "alternativno zbrinjavanje u porodici umesto smeštaja u ustanove."
                ),
                "en": (
                    "Prevent the separation of children from their families and, where this is not possible, "
                    "provide family-based alternative care instead of institutional placement."
                ),
            },
            "priorities": [
                {
                    "title": {
                        "sq": "Parandalimi dhe ndërhyrja e hershme",
                        "sr": "Prevencija i rana intervencija",
                        "en": "Prevention and early intervention",
                    },
                    "description": {
                        "sq": (
                            "Identifikimi i hershëm i fëmijëve në rrezik dhe mbështetja e familjeve para se "
                            "të shfaqet kriza."
                        ),
                        "sr": "Rano prepoznavanje dece u riziku i podrška porodicama pre nego što dođe do krize.",
                        "en": (
                            "Early identification of children at risk and support to families before a crisis occurs."
                        ),
                    },
                    "priorities": [
                        {
                            "title": {
                                "sq": "Këshillimi familjar dhe prindëror",
                                "sr": "Porodično i roditeljsko savetovanje",
                                "en": "Family and parenting counselling",
                            },
                            "description": {
                                "sq": (
                                    "Këshillim individual dhe në grup për prindërit, me vëmendje të veçantë "
                                    "për familjet me një prind."
                                ),
                                "sr": (
                                    "Individualno i grupno savetovanje za roditelje, sa posebnom pažnjom "
                                    "prema jednoroditeljskim porodicama."
                                ),
                                "en": (
                                    "Individual and group counselling for parents, with particular attention "
                                    "to single-parent families."
                                ),
                            },
                            "priorities": [],
                        },
                        {
                            "title": {
                                "sq": "Mbrojtja nga puna e fëmijëve dhe lypja",
                                "sr": "Zaštita od dečjeg rada i prosjačenja",
                                "en": "Protection from child labour and begging",
                            },
                            "description": {
                                "sq": "Puna në terren me fëmijët në situatë rruge dhe me familjet e tyre.",
                                "sr": "Terenski rad sa decom u uličnoj situaciji i sa njihovim porodicama.",
                                "en": "Outreach work with children in street situations and with their families.",
                            },
                            "priorities": [],
                        },
                    ],
                },
                {
                    "title": {
                        "sq": "Kujdestaria dhe kujdesi alternativ në familje",
                        "sr": "Hraniteljstvo i porodični smeštaj",
                        "en": "Foster care and family-based care",
                    },
                    "description": {
                        "sq": (
                            "Rekrutimi, trajnimi dhe mbështetja e familjeve kujdestare, përfshirë "
                            "kujdestarinë emergjente."
                        ),
                        "sr": (
                            "Regrutovanje, obuka i podrška hraniteljskim porodicama, uključujući hitno hraniteljstvo."
                        ),
                        "en": "Recruiting, training and supporting foster families, including emergency foster care.",
                    },
                    "priorities": [
                        {
                            "title": {
                                "sq": "Mbështetja e të rinjve që largohen nga kujdesi",
                                "sr": "Podrška mladima koji napuštaju alternativni smeštaj",
                                "en": "Support for young people leaving care",
                            },
                            "description": {
                                "sq": "Banim i mbështetur, këshillim dhe ndihmë për punësim pas moshës 18 vjeç.",
                                "sr": (
                                    "Stanovanje uz podršku, savetovanje i pomoć pri zapošljavanju nakon "
                                    "navršenih 18 godina."
                                ),
                                "en": "Supported housing, counselling and help with employment after the age of 18.",
                            },
                            "priorities": [],
                        },
                    ],
                },
            ],
        },
        {
            "title": {
                "sq": "Parandalimi i dhunës në familje dhe mbrojtja e viktimave",
                "sr": "Prevencija nasilja u porodici i zaštita žrtava",
                "en": "Preventing domestic violence and protecting victims",
            },
            "description": {
                "sq": (
                    "Të forcohet reagimi i koordinuar institucional ndaj dhunës në familje dhe t'u sigurohen "
                    "viktimave strehim, mbështetje dhe rrugë drejt pavarësisë ekonomike."
                ),
                "sr": (
                    "Ojačati koordinisani institucionalni odgovor na nasilje u porodici i obezbediti žrtvama "
                    "smeštaj, podršku i put ka ekonomskoj samostalnosti."
                ),
                "en": (
                    "Strengthen the coordinated institutional response to domestic violence and provide "
                    "victims with shelter, support and a path to economic independence."
                ),
            },
            "priorities": [
                {
                    "title": {
                        "sq": "Reagimi i koordinuar dhe mbrojtja",
                        "sr": "Koordinisani odgovor i zaštita",
                        "en": "Coordinated response and protection",
                    },
                    "description": {
                        "sq": "Funksionimi i mekanizmit komunal të koordinimit dhe strehimi i sigurt për viktimat.",
                        "sr": "Rad opštinskog koordinacionog mehanizma i bezbedan smeštaj za žrtve.",
                        "en": "Operation of the municipal coordination mechanism and safe accommodation for victims.",
                    },
                    "priorities": [
                        {
                            "title": {
                                "sq": "Mbështetja e strehimores",
                                "sr": "Podrška skloništu",
                                "en": "Support to the shelter",
                            },
                            "description": {
                                "sq": "Financim i rregullt i vendosjes së viktimave në strehimore të licencuar.",
                                "sr": "Redovno finansiranje smeštaja žrtava u licenciranom skloništu.",
                                "en": "Regular funding of victims' placement in a licensed shelter.",
                            },
                            "priorities": [],
                        },
                    ],
                },
                {
                    "title": {
                        "sq": "Riintegrimi dhe fuqizimi ekonomik",
                        "sr": "Reintegracija i ekonomsko osnaživanje",
                        "en": "Reintegration and economic empowerment",
                    },
                    "description": {
                        "sq": "Banim, aftësim profesional dhe punësim për viktimat pas largimit nga strehimorja.",
                        "sr": "Stanovanje, stručno osposobljavanje i zapošljavanje žrtava nakon izlaska iz skloništa.",
                        "en": "Housing, vocational training and employment for victims after they leave the shelter.",
                    },
                    "priorities": [],
                },
                {
                    "title": {
                        "sq": "Ndërgjegjësimi dhe parandalimi",
                        "sr": "Podizanje svesti i prevencija",
                        "en": "Awareness and prevention",
                    },
                    "description": {
                        "sq": "Fushata publike dhe programe edukative në shkolla kundër dhunës.",
                        "sr": "Javne kampanje i obrazovni programi u školama protiv nasilja.",
                        "en": "Public campaigns and school education programmes against violence.",
                    },
                    "priorities": [
                        {
                            "title": {
                                "sq": "Puna me kryerësit e dhunës",
                                "sr": "Rad sa počiniocima nasilja",
                                "en": "Work with perpetrators",
                            },
                            "description": {
                                "sq": (
                                    "Programe trajtimi psikosocial për kryerësit e dhunës, në bazë të "
                                    "vendimeve të gjykatës."
                                ),
                                "sr": (
                                    "Programi psihosocijalnog tretmana za počinioce nasilja, na osnovu sudskih odluka."
                                ),
                                "en": "Psychosocial treatment programmes for perpetrators, based on court orders.",
                            },
                            "priorities": [],
                        },
                    ],
                },
            ],
        },
        {
            "title": {
                "sq": "Përfshirja sociale e komuniteteve rom, ashkali dhe egjiptian dhe e familjeve në varfëri",
                "sr": "Socijalna uključenost romske, aškalijske i egipćanske zajednice i siromašnih porodica",
                "en": "Social inclusion of Roma, Ashkali and Egyptian communities and of families living in poverty",
            },
            "description": {
                "sq": (
                    "Të përmirësohet qasja e komuniteteve të margjinalizuara dhe e familjeve që përfitojnë "
                    "ndihmë sociale në arsim, banim, dokumente personale dhe punësim."
                ),
                "sr": (
                    "Unaprediti pristup marginalizovanih zajednica i porodica korisnika socijalne pomoći "
                    "obrazovanju, stanovanju, ličnim dokumentima i zapošljavanju."
                ),
                "en": (
                    "Improve access to education, housing, personal documents and employment for "
                    "marginalised communities and families receiving social assistance."
                ),
            },
            "priorities": [
                {
                    "title": {
                        "sq": "Arsimi gjithëpërfshirës",
                        "sr": "Inkluzivno obrazovanje",
                        "en": "Inclusive education",
                    },
                    "description": {
                        "sq": (
                            "Regjistrimi dhe mbajtja në shkollë e fëmijëve nga komunitetet rom, ashkali dhe "
                            "egjiptian dhe nga familjet e varfra."
                        ),
                        "sr": (
                            "Upis i zadržavanje u školi dece iz romske, aškalijske i egipćanske zajednice i "
                            "iz siromašnih porodica."
                        ),
                        "en": (
                            "Enrolment and retention in school of children from the Roma, Ashkali and "
                            "Egyptian communities and from poor families."
                        ),
                    },
                    "priorities": [
                        {
                            "title": {
                                "sq": "Mësimi plotësues dhe mentorimi",
                                "sr": "Dopunska nastava i mentorstvo",
                                "en": "Supplementary classes and mentoring",
                            },
                            "description": {
                                "sq": "Qendra mësimore dhe asistentë mësimorë nga komunitetet.",
                                "sr": "Centri za učenje i asistenti u nastavi iz zajednica.",
                                "en": "Learning centres and teaching assistants from the communities.",
                            },
                            "priorities": [],
                        },
                        {
                            "title": {
                                "sq": "Arsimi parashkollor",
                                "sr": "Predškolsko obrazovanje",
                                "en": "Pre-school education",
                            },
                            "description": {
                                "sq": "Përfshirja e fëmijëve 3-5 vjeç në programe parashkollore.",
                                "sr": "Uključivanje dece od 3 do 5 godina u predškolske programe.",
                                "en": "Including children aged 3-5 in pre-school programmes.",
                            },
                            "priorities": [],
                        },
                    ],
                },
                {
                    "title": {
                        "sq": "Banimi social dhe kushtet e jetesës",
                        "sr": "Socijalno stanovanje i uslovi života",
                        "en": "Social housing and living conditions",
                    },
                    "description": {
                        "sq": "Banesa sociale, renovimi i shtëpive dhe legalizimi i pronave në lagjet joformale.",
                        "sr": "Socijalni stanovi, obnova kuća i legalizacija imovine u neformalnim naseljima.",
                        "en": "Social housing, house renovation and legalisation of property in informal settlements.",
                    },
                    "priorities": [],
                },
                {
                    "title": {
                        "sq": "Punësimi dhe aftësimi profesional",
                        "sr": "Zapošljavanje i stručno osposobljavanje",
                        "en": "Employment and vocational training",
                    },
                    "description": {
                        "sq": (
                            "Masa aktive të tregut të punës për të rinjtë dhe për anëtarët e familjeve që "
                            "përfitojnë ndihmë sociale."
                        ),
                        "sr": "Aktivne mere tržišta rada za mlade i za članove porodica korisnika socijalne pomoći.",
                        "en": (
                            "Active labour-market measures for young people and for members of families "
                            "receiving social assistance."
                        ),
                    },
                    "priorities": [
                        {
                            "title": {
                                "sq": "Ndërmarrjet sociale",
                                "sr": "Socijalna preduzeća",
                                "en": "Social enterprises",
                            },
                            "description": {
                                "sq": "Mbështetja e ndërmarrjeve sociale që punësojnë persona nga grupet e cenueshme.",
                                "sr": "Podrška socijalnim preduzećima koja zapošljavaju osobe iz ranjivih grupa.",
                                "en": "Support for social enterprises that employ people from vulnerable groups.",
                            },
                            "priorities": [],
                        },
                    ],
                },
            ],
        },
        {
            "title": {
                "sq": "Forcimi i kapaciteteve institucionale dhe i koordinimit",
                "sr": "Jačanje institucionalnih kapaciteta i koordinacije",
                "en": "Strengthening institutional capacity and coordination",
            },
            "description": {
                "sq": (
                    "Të rriten kapacitetet profesionale të Qendrës për Punë Sociale dhe të ofruesve të "
                    "shërbimeve, të përmirësohet menaxhimi i të dhënave dhe të sigurohen planifikimi dhe "
                    "monitorimi i rregullt me pjesëmarrje."
                ),
                "sr": (
                    "Povećati stručne kapacitete Centra za socijalni rad i pružalaca usluga, unaprediti "
                    "upravljanje podacima i obezbediti redovno planiranje i praćenje uz učešće svih aktera."
                ),
                "en": (
                    "Increase the professional capacity of the Centre for Social Work and of service "
                    "providers, improve data management and ensure regular participatory planning and "
                    "monitoring."
                ),
            },
            "priorities": [
                {
                    "title": {
                        "sq": "Burimet njerëzore dhe zhvillimi profesional",
                        "sr": "Ljudski resursi i profesionalni razvoj",
                        "en": "Human resources and professional development",
                    },
                    "description": {
                        "sq": "Punësimi i stafit shtesë dhe trajnimi i vazhdueshëm i punonjësve socialë.",
                        "sr": "Zapošljavanje dodatnog osoblja i kontinuirana obuka socijalnih radnika.",
                        "en": "Recruiting additional staff and continuous training of social workers.",
                    },
                    "priorities": [
                        {
                            "title": {
                                "sq": "Supervizioni profesional",
                                "sr": "Stručna supervizija",
                                "en": "Professional supervision",
                            },
                            "description": {
                                "sq": "Supervizion i rregullt për punonjësit që punojnë me raste të rënda.",
                                "sr": "Redovna supervizija za radnike koji rade sa teškim slučajevima.",
                                "en": "Regular supervision for staff dealing with complex cases.",
                            },
                            "priorities": [],
                        },
                    ],
                },
                {
                    "title": {
                        "sq": "Të dhënat dhe menaxhimi i rasteve",
                        "sr": "Podaci i vođenje slučajeva",
                        "en": "Data and case management",
                    },
                    "description": {
                        "sq": (
                            "Sistemi elektronik i menaxhimit të rasteve dhe raportimi i rregullt për nevojat "
                            "dhe shërbimet."
                        ),
                        "sr": "Elektronski sistem za vođenje slučajeva i redovno izveštavanje o potrebama i uslugama.",
                        "en": "An electronic case-management system and regular reporting on needs and services.",
                    },
                    "priorities": [],
                },
                {
                    "title": {
                        "sq": "Koordinimi, informimi dhe pjesëmarrja",
                        "sr": "Koordinacija, informisanje i učešće",
                        "en": "Coordination, information and participation",
                    },
                    "description": {
                        "sq": (
                            "Funksionimi i Grupit këshillëdhënës, informimi i qytetarëve për shërbimet dhe "
                            "përfshirja e shfrytëzuesve në vendimmarrje."
                        ),
                        "sr": (
                            "Rad Savetodavne grupe, informisanje građana o uslugama i uključivanje korisnika "
                            "u odlučivanje."
                        ),
                        "en": (
                            "Running the Advisory Group, informing citizens about services and involving "
                            "service users in decision-making."
                        ),
                    },
                    "priorities": [],
                },
            ],
        },
    ],
}


ACTION_PLAN = {
    "title": {
        "sq": "Plani i veprimit 2025-2027",
        "sr": "Akcioni plan 2025-2027",
        "en": "Action plan 2025-2027",
    },
    "start_year": 2025,
    "end_year": 2027,
    "activities": [
        # ---- Strategic objective 1
        {
            "objective": 1,
            "title": {
                "sq": "Hapja e qendrës ditore për fëmijët dhe të rinjtë me aftësi të kufizuara",
                "sr": "Otvaranje dnevnog centra za decu i mlade sa invaliditetom",
                "en": "Opening a day-care centre for children and young people with disabilities",
            },
            "description": {
                "sq": (
                    "Renovimi dhe pajisja e ish-objektit të çerdhes në lagjen Kodra për 25 shfrytëzues, "
                    "përfshirë sallën e fizioterapisë dhe hyrjen pa barriera. Stafi përzgjidhet përmes "
                    "konkursit publik."
                ),
                "sr": (
                    "Renoviranje i opremanje bivše zgrade jaslica u naselju Kodra za 25 korisnika, "
                    "uključujući salu za fizioterapiju i ulaz bez barijera. Osoblje se bira putem javnog "
                    "konkursa."
                ),
                "en": (
                    "Renovating and equipping the former nursery building in the Kodra neighbourhood for 25 "
                    "users, including a physiotherapy room and barrier-free access. Staff are selected "
                    "through a public vacancy."
                ),
            },
            "responsible": {
                "sq": "Drejtoria e Shëndetësisë dhe Mirëqenies Sociale",
                "sr": "Direkcija za zdravstvo i socijalnu zaštitu",
                "en": "Directorate of Health and Social Welfare",
            },
            "partners": {
                "sq": (
                    "Drejtoria e Arsimit, Qendra për Punë Sociale, Shoqata e prindërve të fëmijëve me aftësi "
                    "të kufizuara, UNICEF"
                ),
                "sr": (
                    "Direkcija za obrazovanje, Centar za socijalni rad, Udruženje roditelja dece sa "
                    "invaliditetom, UNICEF"
                ),
                "en": (
                    "Directorate of Education, Centre for Social Work, Association of Parents of Children "
                    "with Disabilities, UNICEF"
                ),
            },
            "start": "2025-Q1",
            "end": "2025-Q4",
            "budget": [
                {"year": 2025, "amount": "48000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2025, "amount": "35000", "currency": "EUR", "source": "donor", "funder": "UNICEF"},
            ],
            "indicators": [
                {
                    "name": {
                        "sq": "Vende të disponueshme në qendrën ditore",
                        "sr": "Broj raspoloživih mesta u dnevnom centru",
                        "en": "Places available at the day-care centre",
                    },
                    "unit": {"sq": "vende", "sr": "mesta", "en": "places"},
                    "baseline": "0",
                    "targets": {"2025": "25"},
                },
            ],
            "target_groups": ["disability", "children"],
            "notes": {
                "sq": "Projekti teknik për renovimin është përgatitur në vitin 2024.",
                "sr": "Tehnički projekat za renoviranje pripremljen je 2024. godine.",
                "en": "The technical design for the renovation was prepared in 2024.",
            },
        },
        {
            "objective": 1,
            "title": {
                "sq": "Funksionimi i qendrës ditore dhe shërbimet e terapisë e të pushimit për prindërit",
                "sr": "Rad dnevnog centra i usluge terapije i predaha za roditelje",
                "en": "Running the day-care centre, with therapy and respite services for parents",
            },
            "description": {
                "sq": (
                    "Financimi i stafit (7 punonjës), i terapive individuale dhe i transportit ditor të "
                    "shfrytëzuesve. Qendra ofron edhe kujdes të përkohshëm gjatë fundjavës, që prindërit të "
                    "kenë kohë për pushim."
                ),
                "sr": (
                    "Finansiranje osoblja (7 zaposlenih), individualnih terapija i svakodnevnog prevoza "
                    "korisnika. Centar pruža i kratkotrajno zbrinjavanje vikendom, kako bi roditelji imali "
                    "vremena za odmor."
                ),
                "en": (
                    "Funding the staff (7 employees), individual therapies and daily transport of users. The "
                    "centre also offers short-term weekend care so that parents have time to rest."
                ),
            },
            "responsible": {
                "sq": "Drejtoria e Shëndetësisë dhe Mirëqenies Sociale",
                "sr": "Direkcija za zdravstvo i socijalnu zaštitu",
                "en": "Directorate of Health and Social Welfare",
            },
            "partners": {
                "sq": (
                    "Qendra për Punë Sociale, Qendra Kryesore e Mjekësisë Familjare, Ministria e Financave, "
                    "Punës dhe Transfereve"
                ),
                "sr": (
                    "Centar za socijalni rad, Glavni centar porodične medicine, Ministarstvo finansija, rada "
                    "i transfera"
                ),
                "en": "Centre for Social Work, Main Family Medicine Centre, Ministry of Finance, Labour and Transfers",
            },
            "start": "2026-Q1",
            "end": "2027-Q4",
            "budget": [
                {"year": 2026, "amount": "72000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2026, "amount": "20000", "currency": "EUR", "source": "central", "funder": ""},
                {"year": 2027, "amount": "76000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2027, "amount": "20000", "currency": "EUR", "source": "central", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {
                        "sq": "Fëmijë dhe të rinj që e shfrytëzojnë rregullisht qendrën",
                        "sr": "Deca i mladi koji redovno koriste centar",
                        "en": "Children and young people regularly using the centre",
                    },
                    "unit": {"sq": "persona", "sr": "osobe", "en": "persons"},
                    "baseline": "0",
                    "targets": {"2026": "20", "2027": "25"},
                },
                {
                    "name": {
                        "sq": "Familje që përfitojnë nga shërbimi i pushimit",
                        "sr": "Porodice koje koriste uslugu predaha",
                        "en": "Families using the respite service",
                    },
                    "unit": {"sq": "familje", "sr": "porodice", "en": "families"},
                    "baseline": "0",
                    "targets": {"2026": "12", "2027": "20"},
                },
            ],
            "target_groups": ["disability", "children"],
        },
        {
            "objective": 1,
            "title": {
                "sq": "Zgjerimi i kujdesit në shtëpi për të moshuarit në zonat rurale",
                "sr": "Proširenje pomoći u kući za starije osobe na seoska područja",
                "en": "Extending home care for older people to rural areas",
            },
            "description": {
                "sq": (
                    "Kujdestarët e trajnuar i ndihmojnë të moshuarit në higjienën personale, ushqimin, "
                    "marrjen e barnave dhe punët e shtëpisë, dy deri në pesë herë në javë, sipas vlerësimit "
                    "të nevojave. Shërbimi kontraktohet me një ofrues të licencuar."
                ),
                "sr": (
                    "Obučeni negovatelji pomažu starijim osobama u ličnoj higijeni, ishrani, uzimanju lekova "
                    "i kućnim poslovima, od dva do pet puta nedeljno, prema proceni potreba. Usluga se "
                    "ugovara sa licenciranim pružaocem."
                ),
                "en": (
                    "Trained carers help older people with personal hygiene, meals, medication and housework "
                    "two to five times a week, depending on the needs assessment. The service is contracted "
                    "to a licensed provider."
                ),
            },
            "responsible": {
                "sq": "Drejtoria e Shëndetësisë dhe Mirëqenies Sociale",
                "sr": "Direkcija za zdravstvo i socijalnu zaštitu",
                "en": "Directorate of Health and Social Welfare",
            },
            "partners": {
                "sq": "Caritas Kosova, Qendra për Punë Sociale, Qendra Kryesore e Mjekësisë Familjare",
                "sr": "Caritas Kosova, Centar za socijalni rad, Glavni centar porodične medicine",
                "en": "Caritas Kosova, Centre for Social Work, Main Family Medicine Centre",
            },
            "start": "2025-Q2",
            "end": "2027-Q4",
            "timeframe_note": {
                "sq": "vazhdimisht 2025-2027",
                "sr": "kontinuirano 2025-2027",
                "en": "continuously 2025-2027",
            },
            "budget": [
                {"year": 2025, "amount": "38000", "currency": "EUR", "source": "municipal", "funder": ""},
                {
                    "year": 2025,
                    "amount": "15000",
                    "currency": "EUR",
                    "source": "donor",
                    "funder": "Caritas Kosova",
                },
                {"year": 2026, "amount": "42000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2027, "amount": "45000", "currency": "EUR", "source": "municipal", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {
                        "sq": "Të moshuar që marrin kujdes në shtëpi",
                        "sr": "Starije osobe koje primaju pomoć u kući",
                        "en": "Older people receiving home care",
                    },
                    "unit": {"sq": "persona", "sr": "osobe", "en": "persons"},
                    "baseline": "42",
                    "targets": {"2025": "80", "2026": "110", "2027": "140"},
                },
            ],
            "target_groups": ["elderly", "disability"],
        },
        {
            "objective": 1,
            "title": {
                "sq": "Ekipi lëvizës shumëdisiplinor për fshatrat e largëta",
                "sr": "Multidisciplinarni mobilni tim za udaljena sela",
                "en": "Multidisciplinary mobile team for remote villages",
            },
            "description": {
                "sq": (
                    "Një punonjës social, një infermiere dhe një fizioterapist vizitojnë sipas orarit "
                    "fshatrat pa shërbime, identifikojnë personat në nevojë dhe i referojnë në shërbimet "
                    "përkatëse. Donatori siguron automjetin dhe pajisjet."
                ),
                "sr": (
                    "Socijalni radnik, medicinska sestra i fizioterapeut po rasporedu obilaze sela bez "
                    "usluga, identifikuju osobe u potrebi i upućuju ih na odgovarajuće usluge. Donator "
                    "obezbeđuje vozilo i opremu."
                ),
                "en": (
                    "A social worker, a nurse and a physiotherapist visit villages without services on a "
                    "fixed schedule, identify people in need and refer them to the appropriate services. The "
                    "donor provides the vehicle and equipment."
                ),
            },
            "responsible": {
                "sq": "Qendra për Punë Sociale",
                "sr": "Centar za socijalni rad",
                "en": "Centre for Social Work",
            },
            "partners": {
                "sq": "Qendra Kryesore e Mjekësisë Familjare, kryetarët e fshatrave, UNDP",
                "sr": "Glavni centar porodične medicine, predsednici mesnih zajednica, UNDP",
                "en": "Main Family Medicine Centre, village leaders, UNDP",
            },
            "start": "2025-H2",
            "end": "2027-H2",
            "budget": [
                {"year": 2025, "amount": "18000", "currency": "EUR", "source": "donor", "funder": "UNDP"},
                {"year": 2026, "amount": "24000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2027, "amount": "25000", "currency": "EUR", "source": "municipal", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {
                        "sq": "Vizita në shtëpi të realizuara",
                        "sr": "Obavljene kućne posete",
                        "en": "Home visits carried out",
                    },
                    "unit": {"sq": "vizita në vit", "sr": "poseta godišnje", "en": "visits per year"},
                    "baseline": "0",
                    "targets": {"2025": "300", "2026": "900", "2027": "1000"},
                },
                {
                    "name": {
                        "sq": "Fshatra të mbuluara me vizita të rregullta",
                        "sr": "Sela obuhvaćena redovnim posetama",
                        "en": "Villages covered by regular visits",
                    },
                    "unit": {"sq": "fshatra", "sr": "sela", "en": "villages"},
                    "baseline": "0",
                    "targets": {"2025": "12", "2026": "25", "2027": "38"},
                },
            ],
            "target_groups": ["elderly", "disability", "social_assistance"],
        },
        {
            "objective": 1,
            "title": {
                "sq": "Pajisjet e alarmit dhe vizitat e vullnetarëve për të moshuarit që jetojnë vetëm",
                "sr": "Uređaji za uzbunjivanje i posete volontera starijim osobama koje žive same",
                "en": "Alarm devices and volunteer visits for older people living alone",
            },
            "description": {
                "sq": (
                    "Të moshuarit që jetojnë vetëm pajisen me butonin e alarmit të lidhur me qendrën e "
                    "thirrjeve, ndërsa vullnetarët i vizitojnë çdo javë. Rastet urgjente u përcillen "
                    "menjëherë ndihmës së shpejtë dhe familjarëve."
                ),
                "sr": (
                    "Starije osobe koje žive same dobijaju dugme za uzbunu povezano sa pozivnim centrom, a "
                    "volonteri ih posećuju svake nedelje. Hitni slučajevi se odmah prosleđuju hitnoj pomoći "
                    "i članovima porodice."
                ),
                "en": (
                    "Older people living alone receive an alarm button connected to a call centre, and "
                    "volunteers visit them every week. Emergencies are immediately passed on to the "
                    "ambulance service and to family members."
                ),
            },
            "responsible": {
                "sq": "Drejtoria e Shëndetësisë dhe Mirëqenies Sociale",
                "sr": "Direkcija za zdravstvo i socijalnu zaštitu",
                "en": "Directorate of Health and Social Welfare",
            },
            "partners": {
                "sq": (
                    "Kryqi i Kuq i Kosovës - dega në Lumbardh, Këshilli Lokal i Rinisë, Qendra Kryesore e "
                    "Mjekësisë Familjare"
                ),
                "sr": "Crveni krst Kosova - ogranak u Lumbardu, Lokalni savet mladih, Glavni centar porodične medicine",
                "en": "Red Cross of Kosovo - Lumbard branch, Local Youth Council, Main Family Medicine Centre",
            },
            "start": "2025-09",
            "end": "2026-06",
            "budget": [
                {"year": 2025, "amount": "6480", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2026, "amount": "3000", "currency": "EUR", "source": "other", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {
                        "sq": "Të moshuar të pajisur me butonin e alarmit",
                        "sr": "Starije osobe opremljene dugmetom za uzbunu",
                        "en": "Older people equipped with an alarm button",
                    },
                    "unit": {"sq": "persona", "sr": "osobe", "en": "persons"},
                    "baseline": "0",
                    "targets": {"2025": "40", "2026": "100"},
                },
            ],
            "target_groups": ["elderly"],
            "notes": {
                "sq": (
                    "Për përfituesit e ndihmës sociale pajisja është pa pagesë; të tjerët paguajnë 2 euro në "
                    "muaj. Linja për vitin 2026 mbulohet nga sponsorizimi i bizneseve lokale."
                ),
                "sr": (
                    "Za korisnike socijalne pomoći uređaj je besplatan; ostali plaćaju 2 evra mesečno. "
                    "Stavka za 2026. godinu pokriva se sponzorstvom lokalnih preduzeća."
                ),
                "en": (
                    "The device is free for social assistance beneficiaries; others pay EUR 2 a month. The "
                    "2026 line is covered by sponsorship from local businesses."
                ),
            },
        },
        {
            "objective": 1,
            "title": {
                "sq": "Përshtatja e objekteve publike për qasje pa barriera",
                "sr": "Prilagođavanje javnih objekata za pristup bez barijera",
                "en": "Adapting public buildings for barrier-free access",
            },
            "description": {
                "sq": (
                    "Ndërtimi i rampave, tualeteve të përshtatura dhe shenjave prekëse në shkolla, në "
                    "qendrën e mjekësisë familjare, në zyrën e gjendjes civile dhe në objekte të tjera "
                    "publike, sipas listës së përparësive të hartuar me organizatat e personave me aftësi të "
                    "kufizuara."
                ),
                "sr": (
                    "Izgradnja rampi, prilagođenih toaleta i taktilnih oznaka u školama, centru porodične "
                    "medicine, matičnoj službi i drugim javnim objektima, prema listi prioriteta izrađenoj "
                    "zajedno sa organizacijama osoba sa invaliditetom."
                ),
                "en": (
                    "Building ramps, accessible toilets and tactile signage in schools, the family medicine "
                    "centre, the civil registry office and other public buildings, according to a priority "
                    "list drawn up with organisations of persons with disabilities."
                ),
            },
            "responsible": {
                "sq": "Drejtoria e Urbanizmit",
                "sr": "Direkcija za urbanizam",
                "en": "Directorate of Urban Planning",
            },
            "partners": {
                "sq": "Drejtoria e Shëndetësisë dhe Mirëqenies Sociale, Handikos, Drejtoria e Arsimit",
                "sr": "Direkcija za zdravstvo i socijalnu zaštitu, Handikos, Direkcija za obrazovanje",
                "en": "Directorate of Health and Social Welfare, Handikos, Directorate of Education",
            },
            "start": "2025",
            "end": "2027",
            "budget": [
                {"year": 2025, "amount": "30000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2026, "amount": "35000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2027, "amount": "20000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2027, "amount": "25000", "currency": "EUR", "source": "central", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {
                        "sq": "Objekte publike plotësisht të qasshme",
                        "sr": "Potpuno pristupačni javni objekti",
                        "en": "Fully accessible public buildings",
                    },
                    "unit": {"sq": "objekte", "sr": "objekti", "en": "buildings"},
                    "baseline": "6",
                    "targets": {"2025": "11", "2026": "16", "2027": "21"},
                },
            ],
            "target_groups": ["disability", "elderly"],
        },
        {
            "objective": 1,
            "title": {
                "sq": "Transporti i përshtatur sipas kërkesës për personat me aftësi të kufizuara",
                "sr": "Prilagođeni prevoz na zahtev za osobe sa invaliditetom",
                "en": "On-demand accessible transport for persons with disabilities",
            },
            "description": {
                "sq": (
                    "Blerja e një furgoni me platformë ngritëse dhe organizimi i udhëtimeve me rezervim "
                    "telefonik për vizita mjekësore, shkollë, punë dhe aktivitete shoqërore."
                ),
                "sr": (
                    "Nabavka kombija sa podiznom platformom i organizovanje vožnji uz telefonsku rezervaciju "
                    "za lekarske preglede, školu, posao i društvene aktivnosti."
                ),
                "en": (
                    "Purchasing a van with a wheelchair lift and organising trips booked by phone for "
                    "medical appointments, school, work and social activities."
                ),
            },
            "responsible": {
                "sq": "Drejtoria e Shëndetësisë dhe Mirëqenies Sociale",
                "sr": "Direkcija za zdravstvo i socijalnu zaštitu",
                "en": "Directorate of Health and Social Welfare",
            },
            "partners": {
                "sq": "Drejtoria e Shërbimeve Publike, Handikos, GIZ",
                "sr": "Direkcija za javne usluge, Handikos, GIZ",
                "en": "Directorate of Public Services, Handikos, GIZ",
            },
            "start": "2026-Q1",
            "end": "2027-Q4",
            "budget": [
                {"year": 2026, "amount": "42000", "currency": "EUR", "source": "donor", "funder": "GIZ"},
                {"year": 2026, "amount": "9000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2027, "amount": "14000", "currency": "EUR", "source": "municipal", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {"sq": "Udhëtime të realizuara", "sr": "Obavljene vožnje", "en": "Trips made"},
                    "unit": {"sq": "udhëtime në vit", "sr": "vožnji godišnje", "en": "trips per year"},
                    "baseline": "0",
                    "targets": {"2026": "600", "2027": "1200"},
                },
            ],
            "target_groups": ["disability", "elderly"],
        },
        # ---- Strategic objective 2
        {
            "objective": 2,
            "title": {
                "sq": "Rekrutimi dhe trajnimi i familjeve kujdestare",
                "sr": "Regrutovanje i obuka hraniteljskih porodica",
                "en": "Recruiting and training foster families",
            },
            "description": {
                "sq": (
                    "Takime informuese në lagje dhe fshatra, materiale në mediat lokale dhe trajnim 40-orësh "
                    "për kandidatët. Familjet e miratuara marrin mbështetje të vazhdueshme nga një punonjës "
                    "social i caktuar."
                ),
                "sr": (
                    "Informativni sastanci u naseljima i selima, materijali u lokalnim medijima i obuka od "
                    "40 časova za kandidate. Odobrene porodice dobijaju stalnu podršku od dodeljenog "
                    "socijalnog radnika."
                ),
                "en": (
                    "Information meetings in neighbourhoods and villages, material in the local media and a "
                    "40-hour training course for candidates. Approved families receive ongoing support from "
                    "an assigned social worker."
                ),
            },
            "responsible": {
                "sq": "Qendra për Punë Sociale",
                "sr": "Centar za socijalni rad",
                "en": "Centre for Social Work",
            },
            "partners": {
                "sq": "Drejtoria e Shëndetësisë dhe Mirëqenies Sociale, SOS Fshatrat e Fëmijëve Kosovë, mediat lokale",
                "sr": "Direkcija za zdravstvo i socijalnu zaštitu, SOS Dečja sela Kosovo, lokalni mediji",
                "en": "Directorate of Health and Social Welfare, SOS Children's Villages Kosovo, local media",
            },
            "start": "2025-Q1",
            "end": "2027-Q4",
            "budget": [
                {"year": 2025, "amount": "8000", "currency": "EUR", "source": "municipal", "funder": ""},
                {
                    "year": 2025,
                    "amount": "12000",
                    "currency": "EUR",
                    "source": "donor",
                    "funder": "SOS Children's Villages Kosovo",
                },
                {"year": 2026, "amount": "8000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2027, "amount": "8000", "currency": "EUR", "source": "municipal", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {
                        "sq": "Familje kujdestare aktive",
                        "sr": "Aktivne hraniteljske porodice",
                        "en": "Active foster families",
                    },
                    "unit": {"sq": "familje", "sr": "porodice", "en": "families"},
                    "baseline": "5",
                    "targets": {"2025": "8", "2026": "12", "2027": "15"},
                },
                {
                    "name": {
                        "sq": "Fëmijë të vendosur në institucione jashtë komunës",
                        "sr": "Deca smeštena u ustanove van opštine",
                        "en": "Children placed in institutions outside the municipality",
                    },
                    "unit": {"sq": "fëmijë", "sr": "deca", "en": "children"},
                    "baseline": "9",
                    "targets": {"2025": "7", "2026": "4", "2027": "2"},
                },
            ],
            "target_groups": ["children"],
        },
        {
            "objective": 2,
            "title": {
                "sq": "Shtesa komunale për familjet kujdestare dhe kujdestaria emergjente",
                "sr": "Opštinski dodatak za hraniteljske porodice i hitno hraniteljstvo",
                "en": "Municipal top-up for foster families and emergency foster care",
            },
            "description": {
                "sq": (
                    "Komuna u paguan familjeve kujdestare një shtesë mujore prej 60 eurosh mbi pagesën nga "
                    "niveli qendror dhe siguron që të paktën dy familje të jenë në gatishmëri 24 orë për "
                    "vendosje emergjente."
                ),
                "sr": (
                    "Opština hraniteljskim porodicama isplaćuje mesečni dodatak od 60 evra uz naknadu sa "
                    "centralnog nivoa i obezbeđuje da najmanje dve porodice budu u pripravnosti 24 časa za "
                    "hitan smeštaj."
                ),
                "en": (
                    "The Municipality pays foster families a monthly top-up of EUR 60 on top of the "
                    "central-level allowance and keeps at least two families on 24-hour standby for "
                    "emergency placements."
                ),
            },
            "responsible": {
                "sq": "Drejtoria e Shëndetësisë dhe Mirëqenies Sociale",
                "sr": "Direkcija za zdravstvo i socijalnu zaštitu",
                "en": "Directorate of Health and Social Welfare",
            },
            "partners": {
                "sq": "Qendra për Punë Sociale, Policia e Kosovës",
                "sr": "Centar za socijalni rad, Kosovska policija",
                "en": "Centre for Social Work, Kosovo Police",
            },
            "start": "2025-H2",
            "end": "2027-H2",
            "budget": [
                {"year": 2025, "amount": "4680", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2026, "amount": "12240", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2027, "amount": "16200", "currency": "EUR", "source": "municipal", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {
                        "sq": "Familje në gatishmëri për kujdestari emergjente",
                        "sr": "Porodice u pripravnosti za hitno hraniteljstvo",
                        "en": "Families on standby for emergency foster care",
                    },
                    "unit": {"sq": "familje", "sr": "porodice", "en": "families"},
                    "baseline": "0",
                    "targets": {"2025": "2", "2026": "2", "2027": "3"},
                },
            ],
            "target_groups": ["children"],
            "notes": {
                "sq": "Shtesa miratohet me vendim të veçantë të Kuvendit të Komunës.",
                "sr": "Dodatak se usvaja posebnom odlukom Skupštine opštine.",
                "en": "The top-up is adopted by a separate decision of the Municipal Assembly.",
            },
        },
        {
            "objective": 2,
            "title": {
                "sq": "Këshillimorja familjare dhe programi i aftësive prindërore",
                "sr": "Savetovalište za porodicu i program roditeljskih veština",
                "en": "Family counselling service and parenting skills programme",
            },
            "description": {
                "sq": (
                    "Psikologu dhe punonjësi social ofrojnë këshillim për familjet në krizë dhe organizojnë "
                    "cikle prej tetë punëtorish për prindërit. Familjet me një prind kanë përparësi, ndërsa "
                    "gjatë punëtorive sigurohet kujdesi për fëmijët."
                ),
                "sr": (
                    "Psiholog i socijalni radnik pružaju savetovanje porodicama u krizi i organizuju cikluse "
                    "od osam radionica za roditelje. Jednoroditeljske porodice imaju prednost, a tokom "
                    "radionica obezbeđeno je čuvanje dece."
                ),
                "en": (
                    "A psychologist and a social worker counsel families in crisis and run eight-session "
                    "workshop courses for parents. Single-parent families have priority, and childcare is "
                    "provided during the sessions."
                ),
            },
            "responsible": {
                "sq": "Qendra për Punë Sociale",
                "sr": "Centar za socijalni rad",
                "en": "Centre for Social Work",
            },
            "partners": {
                "sq": "Save the Children, Qendra Kryesore e Mjekësisë Familjare, shkollat fillore",
                "sr": "Save the Children, Glavni centar porodične medicine, osnovne škole",
                "en": "Save the Children, Main Family Medicine Centre, primary schools",
            },
            "start": "2025-Q2",
            "end": "2027-Q4",
            "budget": [
                {
                    "year": 2025,
                    "amount": "22000",
                    "currency": "EUR",
                    "source": "donor",
                    "funder": "Save the Children",
                },
                {"year": 2026, "amount": "15000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2027, "amount": "16000", "currency": "EUR", "source": "municipal", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {
                        "sq": "Prindër që kanë përfunduar programin (kumulativ)",
                        "sr": "Roditelji koji su završili program (kumulativno)",
                        "en": "Parents who completed the programme (cumulative)",
                    },
                    "unit": {"sq": "prindër", "sr": "roditelji", "en": "parents"},
                    "baseline": "0",
                    "targets": {"2025": "60", "2026": "120", "2027": "180"},
                },
                {
                    "name": {
                        "sq": "Familje me një prind që marrin këshillim",
                        "sr": "Jednoroditeljske porodice koje dobijaju savetovanje",
                        "en": "Single-parent families receiving counselling",
                    },
                    "unit": {"sq": "familje", "sr": "porodice", "en": "families"},
                    "baseline": "0",
                    "targets": {"2025": "25", "2026": "45", "2027": "60"},
                },
            ],
            "target_groups": ["children", "single_parent", "social_assistance"],
        },
        {
            "objective": 2,
            "title": {
                "sq": "Puna në terren me fëmijët në situatë rruge",
                "sr": "Terenski rad sa decom u uličnoj situaciji",
                "en": "Outreach work with children in street situations",
            },
            "description": {
                "sq": (
                    "Dy punonjës në terren identifikojnë fëmijët që lypin ose punojnë në rrugë, punojnë me "
                    "familjet e tyre dhe i referojnë në shkollë, në shërbimet shëndetësore dhe në skemën e "
                    "ndihmës sociale."
                ),
                "sr": (
                    "Dva terenska radnika identifikuju decu koja prose ili rade na ulici, rade sa njihovim "
                    "porodicama i upućuju ih u školu, zdravstvene službe i šemu socijalne pomoći."
                ),
                "en": (
                    "Two outreach workers identify children who beg or work on the street, work with their "
                    "families and refer them to school, health services and the social assistance scheme."
                ),
            },
            "responsible": {
                "sq": "Qendra për Punë Sociale",
                "sr": "Centar za socijalni rad",
                "en": "Centre for Social Work",
            },
            "partners": {
                "sq": "Policia e Kosovës, Zyra për Komunitete dhe Kthim, Terre des hommes",
                "sr": "Kosovska policija, Kancelarija za zajednice i povratak, Terre des hommes",
                "en": "Kosovo Police, Office for Communities and Return, Terre des hommes",
            },
            "start": "2025-Q3",
            "end": "2027-Q4",
            "timeframe_note": {
                "sq": "vazhdimisht, nga tremujori i tretë i vitit 2025",
                "sr": "kontinuirano, od trećeg kvartala 2025. godine",
                "en": "continuously from the third quarter of 2025",
            },
            "budget": [
                {
                    "year": 2025,
                    "amount": "12000",
                    "currency": "EUR",
                    "source": "donor",
                    "funder": "Terre des hommes",
                },
                {"year": 2026, "amount": "9000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2027, "amount": "9000", "currency": "EUR", "source": "municipal", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {
                        "sq": "Fëmijë të identifikuar dhe të referuar në shërbime",
                        "sr": "Deca identifikovana i upućena na usluge",
                        "en": "Children identified and referred to services",
                    },
                    "unit": {"sq": "fëmijë", "sr": "deca", "en": "children"},
                    "baseline": "14",
                    "targets": {"2025": "20", "2026": "35", "2027": "45"},
                },
            ],
            "target_groups": ["children", "rae"],
        },
        {
            "objective": 2,
            "title": {
                "sq": "Banimi i mbështetur dhe punësimi i të rinjve që largohen nga kujdesi",
                "sr": "Stanovanje uz podršku i zapošljavanje mladih koji napuštaju alternativni smeštaj",
                "en": "Supported housing and employment for young people leaving care",
            },
            "description": {
                "sq": (
                    "Dy banesa të mbështetura për të rinjtë 18-21 vjeç që largohen nga kujdestaria ose nga "
                    "institucionet, me plan individual pavarësimi, këshillim dhe praktikë pune të paguar te "
                    "punëdhënësit vendorë."
                ),
                "sr": (
                    "Dva stana uz podršku za mlade od 18 do 21 godine koji izlaze iz hraniteljstva ili "
                    "ustanova, sa individualnim planom osamostaljivanja, savetovanjem i plaćenom praksom kod "
                    "lokalnih poslodavaca."
                ),
                "en": (
                    "Two supported flats for young people aged 18-21 leaving foster care or institutions, "
                    "with an individual independence plan, counselling and paid work placements with local "
                    "employers."
                ),
            },
            "responsible": {
                "sq": "Drejtoria e Shëndetësisë dhe Mirëqenies Sociale",
                "sr": "Direkcija za zdravstvo i socijalnu zaštitu",
                "en": "Directorate of Health and Social Welfare",
            },
            "partners": {
                "sq": (
                    "Qendra për Punë Sociale, Agjencia e Punësimit e Republikës së Kosovës, SOS Fshatrat e "
                    "Fëmijëve Kosovë"
                ),
                "sr": "Centar za socijalni rad, Agencija za zapošljavanje Republike Kosovo, SOS Dečja sela Kosovo",
                "en": (
                    "Centre for Social Work, Employment Agency of the Republic of Kosovo, SOS Children's "
                    "Villages Kosovo"
                ),
            },
            "start": "2026-Q1",
            "end": "2027-Q4",
            "budget": [
                {"year": 2026, "amount": "18000", "currency": "EUR", "source": "municipal", "funder": ""},
                {
                    "year": 2026,
                    "amount": "20000",
                    "currency": "EUR",
                    "source": "donor",
                    "funder": "SOS Children's Villages Kosovo",
                },
                {"year": 2027, "amount": "22000", "currency": "EUR", "source": "municipal", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {
                        "sq": "Të rinj në banim të mbështetur",
                        "sr": "Mladi u stanovanju uz podršku",
                        "en": "Young people in supported housing",
                    },
                    "unit": {"sq": "të rinj", "sr": "mladi", "en": "young people"},
                    "baseline": "0",
                    "targets": {"2026": "4", "2027": "6"},
                },
                {
                    "name": {
                        "sq": "Të rinj të punësuar ose në arsim 12 muaj pas largimit nga kujdesi",
                        "sr": "Mladi zaposleni ili u obrazovanju 12 meseci nakon izlaska iz smeštaja",
                        "en": "Young people in work or education 12 months after leaving care",
                    },
                    "unit": {"sq": "%", "sr": "%", "en": "%"},
                    "baseline": "0",
                    "targets": {"2026": "50", "2027": "70"},
                },
            ],
            "target_groups": ["youth", "children"],
        },
        {
            "objective": 2,
            "title": {
                "sq": "Grupet e vetëndihmës dhe kujdesi për fëmijët për prindërit e vetëm",
                "sr": "Grupe samopomoći i čuvanje dece za samohrane roditelje",
            },
            "description": {
                "sq": (
                    "Takime dyjavore të grupeve të vetëndihmës për nënat dhe baballarët e vetëm, me "
                    "këshillim juridik për alimentacionin dhe të drejtat sociale. Prindërit e vetëm që "
                    "punojnë marrin vend në çerdhen komunale me çmim të reduktuar."
                ),
                "sr": (
                    "Dvonedeljni sastanci grupa samopomoći za samohrane majke i očeve, uz pravno savetovanje "
                    "o alimentaciji i socijalnim pravima. Zaposleni samohrani roditelji dobijaju mesto u "
                    "opštinskim jaslicama po sniženoj ceni."
                ),
            },
            "responsible": {"sq": "Qendra për Punë Sociale", "sr": "Centar za socijalni rad"},
            "partners": {
                "sq": "Zyrtarja për barazi gjinore, çerdhja komunale, UN Women",
                "sr": "Službenica za rodnu ravnopravnost, opštinske jaslice, UN Women",
            },
            "start": "2025-10",
            "end": "2026-12",
            "budget": [
                {"year": 2025, "amount": "2500", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2026, "amount": "9500", "currency": "EUR", "source": "donor", "funder": "UN Women"},
            ],
            "indicators": [
                {
                    "name": {
                        "sq": "Prindër të vetëm pjesëmarrës në grupe",
                        "sr": "Samohrani roditelji koji učestvuju u grupama",
                    },
                    "unit": {"sq": "prindër", "sr": "roditelji"},
                    "baseline": "0",
                    "targets": {"2025": "15", "2026": "40"},
                },
                {
                    "name": {
                        "sq": "Fëmijë të prindërve të vetëm në çerdhe me çmim të reduktuar",
                        "sr": "Deca samohranih roditelja u jaslicama po sniženoj ceni",
                    },
                    "unit": {"sq": "fëmijë", "sr": "deca"},
                    "baseline": "0",
                    "targets": {"2025": "10", "2026": "20"},
                },
            ],
            "target_groups": ["single_parent", "children"],
        },
        {
            "objective": 2,
            "title": {
                "sq": "Protokolli komunal për referimin e rasteve të fëmijëve në rrezik",
                "sr": "Opštinski protokol o upućivanju slučajeva dece u riziku",
            },
            "description": {
                "sq": (
                    "Hartimi dhe nënshkrimi i protokollit ndërinstitucional që përcakton kush, si dhe brenda "
                    "cilit afat raporton rastet e dyshuara të abuzimit ose të neglizhimit, si dhe trajnimi i "
                    "personave kontaktues në çdo institucion."
                ),
                "sr": (
                    "Izrada i potpisivanje međuinstitucionalnog protokola koji određuje ko, kako i u kom "
                    "roku prijavljuje sumnju na zlostavljanje ili zanemarivanje, kao i obuka kontakt-osoba u "
                    "svakoj instituciji."
                ),
            },
            "responsible": {
                "sq": "Drejtoria e Shëndetësisë dhe Mirëqenies Sociale",
                "sr": "Direkcija za zdravstvo i socijalnu zaštitu",
            },
            "partners": {
                "sq": (
                    "Qendra për Punë Sociale, Drejtoria e Arsimit, Policia e Kosovës, Qendra Kryesore e "
                    "Mjekësisë Familjare, Save the Children"
                ),
                "sr": (
                    "Centar za socijalni rad, Direkcija za obrazovanje, Kosovska policija, Glavni centar "
                    "porodične medicine, Save the Children"
                ),
            },
            "start": "2025-Q2",
            "end": "2025-Q4",
            "budget": [
                {"year": 2025, "amount": "3500", "currency": "EUR", "source": "municipal", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {
                        "sq": "Institucione që kanë nënshkruar protokollin",
                        "sr": "Institucije koje su potpisale protokol",
                    },
                    "unit": {"sq": "institucione", "sr": "institucije"},
                    "baseline": "0",
                    "targets": {"2025": "12"},
                },
                {
                    "name": {"sq": "Persona kontaktues të trajnuar", "sr": "Obučene kontakt-osobe"},
                    "unit": {"sq": "persona", "sr": "osobe"},
                    "baseline": "0",
                    "targets": {"2025": "30"},
                },
            ],
            "target_groups": ["children"],
            "notes": {
                "sq": (
                    "Protokolli mbështetet në procedurat standarde ekzistuese për mbrojtjen e fëmijëve dhe "
                    "nuk kërkon akt të ri nënligjor."
                ),
                "sr": (
                    "Protokol se oslanja na postojeće standardne operativne procedure za zaštitu dece i ne "
                    "zahteva novi podzakonski akt."
                ),
            },
        },
        # ---- Strategic objective 3
        {
            "objective": 3,
            "title": {
                "sq": "Financimi i strehimit të viktimave të dhunës në familje në strehimore të licencuar",
                "sr": "Finansiranje smeštaja žrtava nasilja u porodici u licenciranom skloništu",
            },
            "description": {
                "sq": (
                    "Komuna lidh marrëveshje me strehimoren rajonale dhe mbulon kostot e qëndrimit, ushqimit "
                    "dhe këshillimit për gratë dhe fëmijët nga Lumbardhi, në mënyrë që asnjë viktimë të mos "
                    "refuzohet për mungesë fondesh."
                ),
                "sr": (
                    "Opština zaključuje sporazum sa regionalnim skloništem i pokriva troškove boravka, "
                    "ishrane i savetovanja žena i dece iz Lumbarda, kako nijedna žrtva ne bi bila odbijena "
                    "zbog nedostatka sredstava."
                ),
            },
            "responsible": {
                "sq": "Drejtoria e Shëndetësisë dhe Mirëqenies Sociale",
                "sr": "Direkcija za zdravstvo i socijalnu zaštitu",
            },
            "partners": {
                "sq": (
                    "Strehimorja rajonale për gra dhe fëmijë, Qendra për Punë Sociale, Policia e Kosovës, "
                    "Ministria e Financave, Punës dhe Transfereve"
                ),
                "sr": (
                    "Regionalno sklonište za žene i decu, Centar za socijalni rad, Kosovska policija, "
                    "Ministarstvo finansija, rada i transfera"
                ),
            },
            "start": "2025",
            "end": "2027",
            "timeframe_note": {"sq": "vazhdimisht 2025-2027", "sr": "kontinuirano 2025-2027"},
            "budget": [
                {"year": 2025, "amount": "18000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2025, "amount": "12000", "currency": "EUR", "source": "central", "funder": ""},
                {"year": 2026, "amount": "20000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2027, "amount": "21000", "currency": "EUR", "source": "municipal", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {
                        "sq": "Gra dhe fëmijë të strehuar me financim komunal",
                        "sr": "Žene i deca smeštene uz opštinsko finansiranje",
                    },
                    "unit": {"sq": "persona", "sr": "osobe"},
                    "baseline": "0",
                    "targets": {"2025": "40", "2026": "45", "2027": "45"},
                },
            ],
            "target_groups": ["dv", "children"],
        },
        {
            "objective": 3,
            "title": {
                "sq": "Funksionimi i mekanizmit komunal të koordinimit kundër dhunës në familje",
                "sr": "Rad opštinskog koordinacionog mehanizma protiv nasilja u porodici",
            },
            "description": {
                "sq": (
                    "Takime mujore të përfaqësuesve të policisë, të Qendrës për Punë Sociale, të mbrojtësve "
                    "të viktimave, të shëndetësisë dhe të arsimit për shqyrtimin e rasteve aktive dhe për "
                    "planifikimin e përbashkët të masave mbrojtëse."
                ),
                "sr": (
                    "Mesečni sastanci predstavnika policije, Centra za socijalni rad, zaštitnika žrtava, "
                    "zdravstva i obrazovanja radi razmatranja aktivnih slučajeva i zajedničkog planiranja "
                    "zaštitnih mera."
                ),
            },
            "responsible": {},
            "partners": {
                "sq": (
                    "Policia e Kosovës, Qendra për Punë Sociale, Zyra për Mbrojtjen dhe Ndihmën e Viktimave, "
                    "Qendra Kryesore e Mjekësisë Familjare, Drejtoria e Arsimit"
                ),
                "sr": (
                    "Kosovska policija, Centar za socijalni rad, Kancelarija za zaštitu i pomoć žrtvama, "
                    "Glavni centar porodične medicine, Direkcija za obrazovanje"
                ),
            },
            "start": "2025-Q1",
            "end": "2027-Q4",
            "budget": [],
            "indicators": [
                {
                    "name": {"sq": "Takime të mekanizmit të mbajtura", "sr": "Održani sastanci mehanizma"},
                    "unit": {"sq": "takime në vit", "sr": "sastanaka godišnje"},
                    "baseline": "3",
                    "targets": {"2025": "10", "2026": "12", "2027": "12"},
                },
                {
                    "name": {
                        "sq": "Raste të shqyrtuara në takime të përbashkëta",
                        "sr": "Slučajevi razmotreni na zajedničkim sastancima",
                    },
                    "unit": {"sq": "raste", "sr": "slučajevi"},
                    "baseline": "11",
                    "targets": {"2025": "40", "2026": "50", "2027": "50"},
                },
            ],
            "target_groups": ["dv", "children"],
            "notes": {
                "sq": (
                    "Institucioni udhëheqës i mekanizmit nuk është caktuar ende; kjo do të vendoset në "
                    "takimin e parë të vitit 2025. Aktiviteti nuk kërkon buxhet të veçantë."
                ),
                "sr": (
                    "Vodeća institucija mehanizma još nije određena; o tome će se odlučiti na prvom sastanku "
                    "u 2025. godini. Aktivnost ne zahteva poseban budžet."
                ),
            },
        },
        {
            "objective": 3,
            "title": {
                "sq": "Riintegrimi i viktimave: subvencionimi i qirasë dhe aftësimi profesional",
                "sr": "Reintegracija žrtava: subvencionisanje zakupnine i stručno osposobljavanje",
            },
            "description": {
                "sq": (
                    "Gratë që largohen nga strehimorja marrin subvencion qiraje deri në 12 muaj, kurse "
                    "aftësimi profesional dhe ndihmë për punësim ose vetëpunësim, në bazë të planit "
                    "individual të riintegrimit."
                ),
                "sr": (
                    "Žene koje napuštaju sklonište dobijaju subvenciju za zakupninu do 12 meseci, kurseve "
                    "stručnog osposobljavanja i pomoć pri zapošljavanju ili samozapošljavanju, na osnovu "
                    "individualnog plana reintegracije."
                ),
            },
            "responsible": {"sq": "Qendra për Punë Sociale", "sr": "Centar za socijalni rad"},
            "partners": {
                "sq": (
                    "Qendra e Aftësimit Profesional, Agjencia e Punësimit e Republikës së Kosovës, Zyrtarja "
                    "për barazi gjinore, UN Women"
                ),
                "sr": (
                    "Centar za stručno osposobljavanje, Agencija za zapošljavanje Republike Kosovo, "
                    "Službenica za rodnu ravnopravnost, UN Women"
                ),
            },
            "start": "2025-H2",
            "end": "2027-H2",
            "budget": [
                {"year": 2025, "amount": "15000", "currency": "EUR", "source": "donor", "funder": "UN Women"},
                {"year": 2026, "amount": "16000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2027, "amount": "16000", "currency": "EUR", "source": "municipal", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {
                        "sq": "Viktima që kanë marrë subvencion qiraje (kumulativ)",
                        "sr": "Žrtve koje su dobile subvenciju za zakupninu (kumulativno)",
                    },
                    "unit": {"sq": "persona", "sr": "osobe"},
                    "baseline": "0",
                    "targets": {"2025": "6", "2026": "12", "2027": "18"},
                },
                {
                    "name": {
                        "sq": "Viktima të punësuara ose të vetëpunësuara (kumulativ)",
                        "sr": "Zaposlene ili samozaposlene žrtve (kumulativno)",
                    },
                    "unit": {"sq": "persona", "sr": "osobe"},
                    "baseline": "0",
                    "targets": {"2025": "2", "2026": "6", "2027": "10"},
                },
            ],
            "target_groups": ["dv", "single_parent"],
        },
        {
            "objective": 3,
            "title": {
                "sq": "Trajnimi i përbashkët i profesionistëve për identifikimin dhe referimin e dhunës në familje",
                "sr": "Zajednička obuka stručnjaka za prepoznavanje i upućivanje slučajeva nasilja u porodici",
            },
            "description": {
                "sq": (
                    "Trajnime dyditore në grupe të përziera me policë, punonjës socialë, mjekë familjarë dhe "
                    "mësues, të bazuara në raste praktike nga komuna."
                ),
                "sr": (
                    "Dvodnevne obuke u mešovitim grupama policajaca, socijalnih radnika, porodičnih lekara i "
                    "nastavnika, zasnovane na praktičnim slučajevima iz opštine."
                ),
            },
            "responsible": {
                "sq": "Drejtoria e Shëndetësisë dhe Mirëqenies Sociale",
                "sr": "Direkcija za zdravstvo i socijalnu zaštitu",
            },
            "partners": {
                "sq": "Policia e Kosovës, Qendra për Punë Sociale, Drejtoria e Arsimit, UNDP",
                "sr": "Kosovska policija, Centar za socijalni rad, Direkcija za obrazovanje, UNDP",
            },
            "start": "2025-Q3",
            "end": "2026-Q2",
            "budget": [
                {"year": 2025, "amount": "6000", "currency": "EUR", "source": "donor", "funder": "UNDP"},
                {"year": 2026, "amount": "3000", "currency": "EUR", "source": "municipal", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {
                        "sq": "Profesionistë të trajnuar (kumulativ)",
                        "sr": "Obučeni stručnjaci (kumulativno)",
                    },
                    "unit": {"sq": "persona", "sr": "osobe"},
                    "baseline": "0",
                    "targets": {"2025": "60", "2026": "120"},
                },
            ],
            "target_groups": ["dv", "children"],
        },
        {
            "objective": 3,
            "title": {
                "sq": "Fushata „16 ditë aktivizëm“ dhe orët edukative kundër dhunës në shkolla",
                "sr": "Kampanja „16 dana aktivizma“ i edukativni časovi protiv nasilja u školama",
            },
            "description": {
                "sq": (
                    "Çdo vit Komuna organizon një fushatë informuese në qytet dhe në fshatra, ndërsa "
                    "psikologët shkollorë mbajnë orë edukative për marrëdhëniet pa dhunë me nxënësit e "
                    "klasave 6-12."
                ),
                "sr": (
                    "Opština svake godine organizuje informativnu kampanju u gradu i selima, a školski "
                    "psiholozi drže edukativne časove o odnosima bez nasilja za učenike od 6. do 12. razreda."
                ),
            },
            "responsible": {"sq": "Zyrtarja për barazi gjinore", "sr": "Službenica za rodnu ravnopravnost"},
            "partners": {
                "sq": "Drejtoria e Arsimit, Policia e Kosovës, organizatat e grave, mediat lokale",
                "sr": "Direkcija za obrazovanje, Kosovska policija, ženske organizacije, lokalni mediji",
            },
            "start": "2025-Q4",
            "end": "2027-Q4",
            "timeframe_note": {
                "sq": "çdo vit, 25 nëntor - 10 dhjetor",
                "sr": "svake godine, od 25. novembra do 10. decembra",
            },
            "budget": [
                {"year": 2025, "amount": "2437.50", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2026, "amount": "2500", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2027, "amount": "2500", "currency": "EUR", "source": "municipal", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {
                        "sq": "Nxënës të përfshirë në orët edukative (kumulativ)",
                        "sr": "Učenici obuhvaćeni edukativnim časovima (kumulativno)",
                    },
                    "unit": {"sq": "nxënës", "sr": "učenici"},
                    "baseline": "0",
                    "targets": {"2025": "800", "2026": "1600", "2027": "2400"},
                },
            ],
            "target_groups": ["dv", "youth", "children"],
        },
        {
            "objective": 3,
            "title": {
                "sq": "Programi i trajtimit psikosocial për kryerësit e dhunës në familje",
                "sr": "Program psihosocijalnog tretmana za počinioce nasilja u porodici",
            },
            "description": {
                "sq": (
                    "Program 12-javor në grup për kryerësit e dhunës të cilëve gjykata u ka caktuar trajtim "
                    "të detyrueshëm, i zbatuar nga psikologu i Qendrës për Punë Sociale në bashkëpunim me "
                    "shërbimin sprovues."
                ),
                "sr": (
                    "Grupni program u trajanju od 12 nedelja za počinioce nasilja kojima je sud izrekao "
                    "obavezni tretman, koji sprovodi psiholog Centra za socijalni rad u saradnji sa "
                    "probacionom službom."
                ),
            },
            "responsible": {"sq": "Qendra për Punë Sociale", "sr": "Centar za socijalni rad"},
            "partners": {
                "sq": (
                    "Gjykata Themelore - dega në Lumbardh, Shërbimi Sprovues i Kosovës, Qendra Kryesore e "
                    "Mjekësisë Familjare"
                ),
                "sr": "Osnovni sud - ogranak u Lumbardu, Probaciona služba Kosova, Glavni centar porodične medicine",
            },
            "start": "2026-Q2",
            "end": "2027-Q4",
            "budget": [],
            "indicators": [
                {
                    "name": {
                        "sq": "Kryerës që kanë përfunduar programin (kumulativ)",
                        "sr": "Počinioci koji su završili program (kumulativno)",
                    },
                    "unit": {"sq": "persona", "sr": "osobe"},
                    "baseline": "0",
                    "targets": {"2026": "8", "2027": "20"},
                },
            ],
            "target_groups": ["dv"],
            "notes": {
                "sq": "Financimi nuk është siguruar ende; aktiviteti do t'u propozohet donatorëve gjatë vitit 2025.",
                "sr": "Finansiranje još nije obezbeđeno; aktivnost će biti predložena donatorima tokom 2025. godine.",
            },
        },
        # ---- Strategic objective 4
        {
            "objective": 4,
            "title": {
                "sq": "Qendrat mësimore në lagjet e komuniteteve rom, ashkali dhe egjiptian",
                "sr": "Centri za učenje u naseljima romske, aškalijske i egipćanske zajednice",
            },
            "description": {
                "sq": (
                    "Dy qendra mësimore ofrojnë ndihmë për detyrat e shtëpisë, mësim plotësues dhe "
                    "aktivitete pas shkollës për nxënësit e klasave 1-9, si dhe takime të rregullta me "
                    "prindërit për vijueshmërinë e mësimit."
                ),
                "sr": (
                    "Dva centra za učenje pružaju pomoć u izradi domaćih zadataka, dopunsku nastavu i "
                    "vannastavne aktivnosti za učenike od 1. do 9. razreda, kao i redovne sastanke sa "
                    "roditeljima o pohađanju nastave."
                ),
            },
            "responsible": {"sq": "Drejtoria e Arsimit", "sr": "Direkcija za obrazovanje"},
            "partners": {
                "sq": "Zyra për Komunitete dhe Kthim, shkollat fillore, Balkan Sunflowers Kosova, UNICEF",
                "sr": "Kancelarija za zajednice i povratak, osnovne škole, Balkan Sunflowers Kosova, UNICEF",
            },
            "start": "2025-Q1",
            "end": "2027-Q2",
            "budget": [
                {"year": 2025, "amount": "14000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2025, "amount": "30000", "currency": "EUR", "source": "donor", "funder": "UNICEF"},
                {"year": 2026, "amount": "26000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2027, "amount": "13000", "currency": "EUR", "source": "municipal", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {
                        "sq": "Nxënës që ndjekin rregullisht qendrat mësimore",
                        "sr": "Učenici koji redovno pohađaju centre za učenje",
                    },
                    "unit": {"sq": "nxënës", "sr": "učenici"},
                    "baseline": "35",
                    "targets": {"2025": "80", "2026": "110", "2027": "120"},
                },
                {
                    "name": {
                        "sq": "Shkalla e braktisjes së shkollës te nxënësit rom, ashkali dhe egjiptian",
                        "sr": "Stopa napuštanja škole kod romskih, aškalijskih i egipćanskih učenika",
                    },
                    "unit": {"sq": "%", "sr": "%"},
                    "baseline": "9.5",
                    "targets": {"2025": "8", "2026": "6.5", "2027": "5"},
                },
            ],
            "target_groups": ["rae", "children"],
        },
        {
            "objective": 4,
            "title": {
                "sq": "Angazhimi i asistentëve mësimorë nga komunitetet",
                "sr": "Angažovanje asistenata u nastavi iz zajednica",
            },
            "description": {
                "sq": (
                    "Katër asistentë mësimorë nga komunitetet rom, ashkali dhe egjiptian i ndihmojnë "
                    "mësuesit në klasë, ndjekin mungesat dhe vizitojnë familjet e nxënësve që rrezikojnë ta "
                    "braktisin shkollën."
                ),
                "sr": (
                    "Četiri asistenta u nastavi iz romske, aškalijske i egipćanske zajednice pomažu "
                    "nastavnicima u učionici, prate izostanke i posećuju porodice učenika kojima preti "
                    "napuštanje škole."
                ),
            },
            "responsible": {"sq": "Drejtoria e Arsimit", "sr": "Direkcija za obrazovanje"},
            "partners": {
                "sq": (
                    "Shkollat fillore, Zyra për Komunitete dhe Kthim, Ministria e Arsimit, Shkencës, "
                    "Teknologjisë dhe Inovacionit"
                ),
                "sr": (
                    "Osnovne škole, Kancelarija za zajednice i povratak, Ministarstvo obrazovanja, nauke, "
                    "tehnologije i inovacija"
                ),
            },
            "start": "2025-09",
            "end": "2027-06",
            "budget": [
                {"year": 2025, "amount": "8000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2026, "amount": "24000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2027, "amount": "12000", "currency": "EUR", "source": "central", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {"sq": "Asistentë mësimorë të angazhuar", "sr": "Angažovani asistenti u nastavi"},
                    "unit": {"sq": "persona", "sr": "osobe"},
                    "baseline": "0",
                    "targets": {"2025": "4", "2026": "4", "2027": "4"},
                },
            ],
            "target_groups": ["rae", "children"],
            "notes": {
                "sq": "Për vitin 2027 është kërkuar mbulimi i pagave nga ministria përgjegjëse për arsim.",
                "sr": "Za 2027. godinu zatraženo je da plate pokrije ministarstvo nadležno za obrazovanje.",
            },
        },
        {
            "objective": 4,
            "title": {
                "sq": "Regjistrimi civil dhe pajisja me dokumente personale",
                "sr": "Upis u matične knjige i pribavljanje ličnih dokumenata",
            },
            "description": {
                "sq": (
                    "Ndihmë juridike falas dhe shoqërim në procedurat e regjistrimit të vonuar të lindjes "
                    "dhe të pajisjes me letërnjoftim për personat pa dokumente, kryesisht nga komunitetet "
                    "rom, ashkali dhe egjiptian."
                ),
                "sr": (
                    "Besplatna pravna pomoć i pratnja u postupcima naknadnog upisa rođenja i dobijanja lične "
                    "karte za osobe bez dokumenata, uglavnom iz romske, aškalijske i egipćanske zajednice."
                ),
            },
            "responsible": {
                "sq": "Zyra për Komunitete dhe Kthim",
                "sr": "Kancelarija za zajednice i povratak",
            },
            "partners": {
                "sq": "Zyra e Gjendjes Civile, Civil Rights Program Kosovo, UNHCR",
                "sr": "Matična služba, Civil Rights Program Kosovo, UNHCR",
            },
            "start": "2025-Q1",
            "end": "2025-Q4",
            "budget": [
                {"year": 2025, "amount": "4500", "currency": "EUR", "source": "donor", "funder": "UNHCR"},
                {"year": 2025, "amount": "1500", "currency": "EUR", "source": "municipal", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {
                        "sq": "Persona të regjistruar dhe të pajisur me dokumente",
                        "sr": "Osobe upisane u matične knjige i snabdevene dokumentima",
                    },
                    "unit": {"sq": "persona", "sr": "osobe"},
                    "baseline": "0",
                    "targets": {"2025": "37"},
                },
            ],
            "target_groups": ["rae", "social_assistance"],
        },
        {
            "objective": 4,
            "title": {"sq": "Ndërtimi i 12 banesave sociale", "sr": "Izgradnja 12 socijalnih stanova"},
            "description": {
                "sq": (
                    "Ndërtimi i një objekti me 12 banesa sociale në tokë komunale dhe ndarja e tyre me qira "
                    "të subvencionuar për familjet pa strehim të përshtatshëm."
                ),
                "sr": (
                    "Izgradnja objekta sa 12 socijalnih stanova na opštinskom zemljištu i njihova dodela uz "
                    "subvencionisanu zakupninu porodicama bez odgovarajućeg smeštaja."
                ),
            },
            "responsible": {"sq": "Drejtoria e Urbanizmit", "sr": "Direkcija za urbanizam"},
            "partners": {
                "sq": (
                    "Drejtoria e Shëndetësisë dhe Mirëqenies Sociale, Zyra për Komunitete dhe Kthim, "
                    "Ministria e Mjedisit, Planifikimit Hapësinor dhe Infrastrukturës"
                ),
                "sr": (
                    "Direkcija za zdravstvo i socijalnu zaštitu, Kancelarija za zajednice i povratak, "
                    "Ministarstvo životne sredine, prostornog planiranja i infrastrukture"
                ),
            },
            "start": "2025-H2",
            "end": "2027-H2",
            "budget": [
                {"year": 2025, "amount": "60000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2026, "amount": "120000", "currency": "EUR", "source": "central", "funder": ""},
                {"year": 2026, "amount": "80000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2027, "amount": "45000", "currency": "EUR", "source": "municipal", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {
                        "sq": "Banesa sociale të ndara familjeve (kumulativ)",
                        "sr": "Socijalni stanovi dodeljeni porodicama (kumulativno)",
                    },
                    "unit": {"sq": "banesa", "sr": "stanovi"},
                    "baseline": "0",
                    "targets": {"2025": "0", "2026": "6", "2027": "12"},
                },
            ],
            "target_groups": ["social_assistance", "rae", "disability", "dv"],
            "notes": {
                "sq": (
                    "Familjet përzgjidhen nga komisioni komunal sipas kritereve publike; përparësi kanë "
                    "familjet me anëtarë me aftësi të kufizuara dhe viktimat e dhunës në familje."
                ),
                "sr": (
                    "Porodice bira opštinska komisija prema javnim kriterijumima; prednost imaju porodice sa "
                    "članovima sa invaliditetom i žrtve nasilja u porodici."
                ),
            },
        },
        {
            "objective": 4,
            "title": {
                "sq": "Renovimi i shtëpive të familjeve në nevojë",
                "sr": "Obnova kuća porodica u potrebi",
            },
            "description": {
                "sq": (
                    "Riparimi i çative, dritareve, instalimeve elektrike dhe të ujësjellësit në shtëpitë e "
                    "familjeve që përfitojnë ndihmë sociale, me përparësi për familjet me fëmijë të vegjël "
                    "dhe me të moshuar."
                ),
                "sr": (
                    "Popravka krovova, prozora, električnih i vodovodnih instalacija u kućama porodica "
                    "korisnika socijalne pomoći, sa prednošću za porodice sa malom decom i starijim osobama."
                ),
            },
            "responsible": {
                "sq": "Drejtoria e Shëndetësisë dhe Mirëqenies Sociale",
                "sr": "Direkcija za zdravstvo i socijalnu zaštitu",
            },
            "partners": {
                "sq": "Caritas Kosova, Zyra për Komunitete dhe Kthim, kryetarët e fshatrave",
                "sr": "Caritas Kosova, Kancelarija za zajednice i povratak, predsednici mesnih zajednica",
            },
            "start": "2025",
            "end": "2026",
            "budget": [
                {"year": 2025, "amount": "25000", "currency": "EUR", "source": "municipal", "funder": ""},
                {
                    "year": 2025,
                    "amount": "20000",
                    "currency": "EUR",
                    "source": "donor",
                    "funder": "Caritas Kosova",
                },
                {"year": 2026, "amount": "25000", "currency": "EUR", "source": "municipal", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {"sq": "Shtëpi të renovuara (kumulativ)", "sr": "Obnovljene kuće (kumulativno)"},
                    "unit": {"sq": "shtëpi", "sr": "kuće"},
                    "baseline": "0",
                    "targets": {"2025": "10", "2026": "20"},
                },
            ],
            "target_groups": ["social_assistance", "rae", "elderly"],
        },
        {
            "objective": 4,
            "title": {
                "sq": (
                    "Programi i praktikës së punës dhe i punësimit për të rinjtë dhe anëtarët e familjeve në "
                    "ndihmë sociale"
                ),
                "sr": "Program radne prakse i zapošljavanja za mlade i članove porodica korisnika socijalne pomoći",
            },
            "description": {
                "sq": (
                    "Praktikë pune gjashtëmujore e paguar te bizneset vendore, e kombinuar me trajnim "
                    "profesional dhe këshillim për karrierë; punëdhënësit që i punësojnë pjesëmarrësit "
                    "marrin subvencion page për gjashtë muaj."
                ),
                "sr": (
                    "Plaćena šestomesečna radna praksa kod lokalnih preduzeća, u kombinaciji sa stručnom "
                    "obukom i savetovanjem o karijeri; poslodavci koji zaposle učesnike dobijaju subvenciju "
                    "za platu u trajanju od šest meseci."
                ),
            },
            "responsible": {},
            "partners": {
                "sq": (
                    "Agjencia e Punësimit e Republikës së Kosovës, Qendra e Aftësimit Profesional, bizneset "
                    "vendore, UNDP"
                ),
                "sr": (
                    "Agencija za zapošljavanje Republike Kosovo, Centar za stručno osposobljavanje, lokalna "
                    "preduzeća, UNDP"
                ),
            },
            "start": "2025-Q2",
            "end": "2027-Q4",
            "budget": [
                {"year": 2025, "amount": "35000", "currency": "EUR", "source": "donor", "funder": "UNDP"},
                {"year": 2026, "amount": "20000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2026, "amount": "15000", "currency": "EUR", "source": "central", "funder": ""},
                {"year": 2027, "amount": "20000", "currency": "EUR", "source": "municipal", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {
                        "sq": "Persona që kanë përfunduar praktikën e punës (kumulativ)",
                        "sr": "Osobe koje su završile radnu praksu (kumulativno)",
                    },
                    "unit": {"sq": "persona", "sr": "osobe"},
                    "baseline": "0",
                    "targets": {"2025": "30", "2026": "60", "2027": "90"},
                },
                {
                    "name": {
                        "sq": "Persona të punësuar gjashtë muaj pas praktikës (kumulativ)",
                        "sr": "Osobe zaposlene šest meseci nakon prakse (kumulativno)",
                    },
                    "unit": {"sq": "persona", "sr": "osobe"},
                    "baseline": "0",
                    "targets": {"2025": "10", "2026": "25", "2027": "40"},
                },
            ],
            "target_groups": ["youth", "social_assistance", "rae"],
            "notes": {
                "sq": (
                    "Nuk është vendosur ende nëse aktivitetin e udhëheq Drejtoria e Zhvillimit Ekonomik apo "
                    "Drejtoria e Shëndetësisë dhe Mirëqenies Sociale."
                ),
                "sr": (
                    "Još nije odlučeno da li će aktivnost voditi Direkcija za ekonomski razvoj ili Direkcija "
                    "za zdravstvo i socijalnu zaštitu."
                ),
            },
        },
        {
            "objective": 4,
            "title": {
                "sq": "Skema e granteve për ndërmarrjet sociale",
                "sr": "Šema grantova za socijalna preduzeća",
            },
            "description": {
                "sq": (
                    "Grante deri në 10 000 euro për ndërmarrjet sociale të licencuara që punësojnë persona "
                    "me aftësi të kufizuara, të rinj të papunë ose anëtarë të familjeve në ndihmë sociale."
                ),
                "sr": (
                    "Grantovi do 10.000 evra za licencirana socijalna preduzeća koja zapošljavaju osobe sa "
                    "invaliditetom, nezaposlene mlade ili članove porodica korisnika socijalne pomoći."
                ),
            },
            "responsible": {"sq": "Drejtoria e Zhvillimit Ekonomik", "sr": "Direkcija za ekonomski razvoj"},
            "partners": {
                "sq": "Drejtoria e Shëndetësisë dhe Mirëqenies Sociale, Handikos, organizatat e shoqërisë civile",
                "sr": "Direkcija za zdravstvo i socijalnu zaštitu, Handikos, organizacije civilnog društva",
            },
            "start": "2026",
            "end": "2027",
            "budget": [],
            "indicators": [
                {
                    "name": {
                        "sq": "Ndërmarrje sociale të mbështetura (kumulativ)",
                        "sr": "Podržana socijalna preduzeća (kumulativno)",
                    },
                    "unit": {"sq": "ndërmarrje", "sr": "preduzeća"},
                    "baseline": "0",
                    "targets": {"2026": "2", "2027": "4"},
                },
            ],
            "target_groups": ["disability", "youth", "social_assistance"],
            "notes": {
                "sq": (
                    "Skema do të hartohet pas miratimit të rregullores komunale për ndërmarrjet sociale; "
                    "buxheti do të përcaktohet në shqyrtimin vjetor të vitit 2025."
                ),
                "sr": (
                    "Šema će biti izrađena nakon usvajanja opštinskog pravilnika o socijalnim preduzećima; "
                    "budžet će biti utvrđen u godišnjem pregledu za 2025. godinu."
                ),
            },
        },
        # ---- Strategic objective 5
        {
            "objective": 5,
            "title": {
                "sq": "Punësimi i tre punonjësve socialë, një psikologu dhe një juristi në Qendrën për Punë Sociale",
                "sr": (
                    "Zapošljavanje tri socijalna radnika, jednog psihologa i jednog pravnika u Centru za socijalni rad"
                ),
            },
            "description": {
                "sq": (
                    "Hapja e pesë vendeve të reja të punës në Qendrën për Punë Sociale për të ulur numrin e "
                    "rasteve për punonjës dhe për të siguruar mbështetje psikologjike dhe juridike brenda "
                    "institucionit."
                ),
                "sr": (
                    "Otvaranje pet novih radnih mesta u Centru za socijalni rad radi smanjenja broja "
                    "slučajeva po radniku i obezbeđivanja psihološke i pravne podrške unutar ustanove."
                ),
            },
            "responsible": {
                "sq": "Zyra e Kryetarit, Drejtoria e Administratës së Përgjithshme",
                "sr": "Kabinet predsednika opštine, Direkcija za opštu upravu",
            },
            "partners": {
                "sq": "Qendra për Punë Sociale, Drejtoria e Shëndetësisë dhe Mirëqenies Sociale, Drejtoria e Financave",
                "sr": "Centar za socijalni rad, Direkcija za zdravstvo i socijalnu zaštitu, Direkcija za finansije",
            },
            "start": "2025-Q1",
            "end": "2027-Q4",
            "budget": [
                {"year": 2025, "amount": "42000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2026, "amount": "61000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2027, "amount": "63000", "currency": "EUR", "source": "municipal", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {
                        "sq": "Numri mesatar i rasteve për punonjës social",
                        "sr": "Prosečan broj slučajeva po socijalnom radniku",
                    },
                    "unit": {"sq": "raste", "sr": "slučajevi"},
                    "baseline": "145",
                    "targets": {"2025": "120", "2026": "100", "2027": "95"},
                },
            ],
            "target_groups": ["children", "dv", "elderly", "disability"],
            "notes": {
                "sq": (
                    "Vendet e punës përfshihen në planin e personelit për vitin 2025; pagat e vitit 2025 "
                    "janë llogaritur për nëntë muaj."
                ),
                "sr": (
                    "Radna mesta su uključena u kadrovski plan za 2025. godinu; plate za 2025. godinu "
                    "obračunate su za devet meseci."
                ),
            },
        },
        {
            "objective": 5,
            "title": {
                "sq": "Programi vjetor i trajnimit për punonjësit socialë dhe ofruesit e shërbimeve",
                "sr": "Godišnji program obuke za socijalne radnike i pružaoce usluga",
            },
            "description": {
                "sq": (
                    "Trajnime të akredituara për menaxhimin e rasteve, punën me fëmijët, dhunën në familje "
                    "dhe punën me personat me aftësi të kufizuara, të hapura edhe për stafin e OJQ-ve që "
                    "ofrojnë shërbime."
                ),
                "sr": (
                    "Akreditovane obuke o vođenju slučajeva, radu sa decom, nasilju u porodici i radu sa "
                    "osobama sa invaliditetom, otvorene i za osoblje NVO koje pružaju usluge."
                ),
            },
            "responsible": {
                "sq": "Drejtoria e Shëndetësisë dhe Mirëqenies Sociale",
                "sr": "Direkcija za zdravstvo i socijalnu zaštitu",
            },
            "partners": {
                "sq": "Qendra për Punë Sociale, shoqata profesionale e punonjësve socialë, UNICEF",
                "sr": "Centar za socijalni rad, strukovno udruženje socijalnih radnika, UNICEF",
            },
            "start": "2025",
            "end": "2027",
            "timeframe_note": {
                "sq": "vazhdimisht 2025-2027, sipas planit vjetor",
                "sr": "kontinuirano 2025-2027, prema godišnjem planu",
            },
            "budget": [
                {"year": 2025, "amount": "9000", "currency": "EUR", "source": "donor", "funder": "UNICEF"},
                {"year": 2026, "amount": "5000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2027, "amount": "5000", "currency": "EUR", "source": "municipal", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {"sq": "Punonjës të trajnuar", "sr": "Obučeni radnici"},
                    "unit": {"sq": "persona në vit", "sr": "osoba godišnje"},
                    "baseline": "6",
                    "targets": {"2025": "20", "2026": "30", "2027": "35"},
                },
            ],
            "target_groups": ["children", "dv", "disability"],
        },
        {
            "objective": 5,
            "title": {
                "sq": "Supervizioni profesional për punonjësit e Qendrës për Punë Sociale",
                "sr": "Stručna supervizija za zaposlene u Centru za socijalni rad",
            },
            "description": {
                "sq": (
                    "Seanca individuale dhe në grup me një supervizor të jashtëm për rastet e rënda, për të "
                    "parandaluar djegien profesionale dhe për të përmirësuar cilësinë e vendimeve."
                ),
                "sr": (
                    "Individualne i grupne sesije sa spoljnim supervizorom o teškim slučajevima, radi "
                    "sprečavanja profesionalnog sagorevanja i unapređenja kvaliteta odluka."
                ),
            },
            "responsible": {"sq": "Qendra për Punë Sociale", "sr": "Centar za socijalni rad"},
            "partners": {
                "sq": "Drejtoria e Shëndetësisë dhe Mirëqenies Sociale, supervizor i jashtëm i licencuar",
                "sr": "Direkcija za zdravstvo i socijalnu zaštitu, licencirani spoljni supervizor",
            },
            "start": "2025-Q3",
            "end": "2027-Q4",
            "budget": [
                {"year": 2025, "amount": "1500", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2026, "amount": "3600", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2027, "amount": "3600", "currency": "EUR", "source": "municipal", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {"sq": "Seanca supervizioni të mbajtura", "sr": "Održane sesije supervizije"},
                    "unit": {"sq": "seanca në vit", "sr": "sesija godišnje"},
                    "baseline": "0",
                    "targets": {"2025": "4", "2026": "10", "2027": "10"},
                },
            ],
            "target_groups": ["children", "dv"],
        },
        {
            "objective": 5,
            "title": {
                "sq": "Softueri për menaxhimin elektronik të rasteve",
                "sr": "Softver za elektronsko vođenje slučajeva",
            },
            "description": {
                "sq": (
                    "Blerja, përshtatja dhe instalimi i softuerit për regjistrimin dhe ndjekjen e rasteve në "
                    "Qendrën për Punë Sociale, trajnimi i përdoruesve dhe digjitalizimi i dosjeve aktive."
                ),
                "sr": (
                    "Nabavka, prilagođavanje i instaliranje softvera za evidentiranje i praćenje slučajeva u "
                    "Centru za socijalni rad, obuka korisnika i digitalizacija aktivnih dosijea."
                ),
            },
            "responsible": {
                "sq": "Drejtoria e Shëndetësisë dhe Mirëqenies Sociale",
                "sr": "Direkcija za zdravstvo i socijalnu zaštitu",
            },
            "partners": {
                "sq": (
                    "Qendra për Punë Sociale, Zyra për Teknologji të Informacionit, Ministria e Financave, "
                    "Punës dhe Transfereve, UNICEF"
                ),
                "sr": (
                    "Centar za socijalni rad, Kancelarija za informacione tehnologije, Ministarstvo "
                    "finansija, rada i transfera, UNICEF"
                ),
            },
            "start": "2025-Q2",
            "end": "2026-Q2",
            "budget": [
                {"year": 2025, "amount": "28000", "currency": "EUR", "source": "donor", "funder": "UNICEF"},
                {"year": 2025, "amount": "6000", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2026, "amount": "4560.80", "currency": "EUR", "source": "municipal", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {
                        "sq": "Raste aktive të regjistruara në sistem",
                        "sr": "Aktivni slučajevi evidentirani u sistemu",
                    },
                    "unit": {"sq": "%", "sr": "%"},
                    "baseline": "0",
                    "targets": {"2025": "40", "2026": "100"},
                },
            ],
            "target_groups": ["children", "dv", "elderly", "disability"],
            "notes": {
                "sq": (
                    "Softueri duhet të funksionojë edhe pa lidhje interneti dhe t'i mbrojë të dhënat "
                    "personale në përputhje me ligjin."
                ),
                "sr": "Softver mora da radi i bez internet veze i da štiti lične podatke u skladu sa zakonom.",
            },
        },
        {
            "objective": 5,
            "title": {
                "sq": "Udhëzuesi i shërbimeve sociale për qytetarët",
                "sr": "Vodič kroz socijalne usluge za građane",
            },
            "description": {
                "sq": (
                    "Hartëzimi i të gjitha shërbimeve publike dhe jopublike në komunë dhe botimi i një "
                    "udhëzuesi në gjuhën shqipe, serbe dhe rome, që shpërndahet në shkolla, në qendrat e "
                    "mjekësisë familjare, në zyrat e komuniteteve dhe në ueb-faqen e Komunës."
                ),
                "sr": (
                    "Mapiranje svih javnih i nejavnih usluga u opštini i izdavanje vodiča na albanskom, "
                    "srpskom i romskom jeziku, koji se deli u školama, centrima porodične medicine, "
                    "kancelarijama zajednica i na veb-sajtu Opštine."
                ),
            },
            "responsible": {
                "sq": "Drejtoria e Shëndetësisë dhe Mirëqenies Sociale",
                "sr": "Direkcija za zdravstvo i socijalnu zaštitu",
            },
            "partners": {
                "sq": "Qendra për Punë Sociale, Zyra për Informim, organizatat e shoqërisë civile",
                "sr": "Centar za socijalni rad, Kancelarija za informisanje, organizacije civilnog društva",
            },
            "start": "2025-Q2",
            "end": "2025-Q4",
            "budget": [
                {"year": 2025, "amount": "3200", "currency": "EUR", "source": "municipal", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {"sq": "Kopje të udhëzuesit të shpërndara", "sr": "Podeljeni primerci vodiča"},
                    "unit": {"sq": "kopje", "sr": "primerci"},
                    "baseline": "0",
                    "targets": {"2025": "3000"},
                },
            ],
            "target_groups": [
                "disability",
                "elderly",
                "children",
                "rae",
                "dv",
                "single_parent",
                "social_assistance",
            ],
        },
        {
            "objective": 5,
            "title": {
                "sq": "Takimet e Grupit këshillëdhënës dhe shqyrtimi vjetor i zbatimit",
                "sr": "Sastanci Savetodavne grupe i godišnji pregled sprovođenja",
            },
            "description": {
                "sq": (
                    "Grupi këshillëdhënës takohet çdo tre muaj për të ndjekur zbatimin dhe një herë në vit "
                    "përgatit raportin e shqyrtimit vjetor dhe planin e rishikuar të veprimit në gjuhën "
                    "shqipe dhe serbe."
                ),
                "sr": (
                    "Savetodavna grupa sastaje se svaka tri meseca radi praćenja sprovođenja, a jednom "
                    "godišnje priprema izveštaj o godišnjem pregledu i revidirani akcioni plan na albanskom "
                    "i srpskom jeziku."
                ),
            },
            "responsible": {
                "sq": "Drejtoria e Shëndetësisë dhe Mirëqenies Sociale",
                "sr": "Direkcija za zdravstvo i socijalnu zaštitu",
            },
            "partners": {
                "sq": "Anëtarët e Grupit këshillëdhënës, Qendra për Punë Sociale, organizatat e shoqërisë civile",
                "sr": "Članovi Savetodavne grupe, Centar za socijalni rad, organizacije civilnog društva",
            },
            "start": "2025-Q1",
            "end": "2027-Q4",
            "timeframe_note": {
                "sq": "çdo tremujor; shqyrtimi vjetor në dhjetor",
                "sr": "svakog kvartala; godišnji pregled u decembru",
            },
            "budget": [
                {"year": 2025, "amount": "1500", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2026, "amount": "1500", "currency": "EUR", "source": "municipal", "funder": ""},
                {"year": 2027, "amount": "1500", "currency": "EUR", "source": "municipal", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {"sq": "Takime të mbajtura", "sr": "Održani sastanci"},
                    "unit": {"sq": "takime në vit", "sr": "sastanaka godišnje"},
                    "baseline": "0",
                    "targets": {"2025": "4", "2026": "4", "2027": "4"},
                },
                {
                    "name": {
                        "sq": "Raporti vjetor i paraqitur në Kuvendin e Komunës",
                        "sr": "Godišnji izveštaj podnet Skupštini opštine",
                    },
                    "unit": {"sq": "raport", "sr": "izveštaj"},
                    "baseline": "0",
                    "targets": {"2025": "1", "2026": "1", "2027": "1"},
                },
            ],
            "target_groups": [
                "disability",
                "elderly",
                "children",
                "rae",
                "dv",
                "youth",
                "single_parent",
                "social_assistance",
            ],
        },
        {
            "objective": 5,
            "title": {
                "sq": "Vlerësimi përfundimtar i strategjisë dhe përgatitja e strategjisë 2028-2030",
                "sr": "Završna evaluacija strategije i priprema strategije 2028-2030",
            },
            "description": {
                "sq": (
                    "Një vlerësues i jashtëm analizon arritjet e strategjisë me pjesëmarrjen e shfrytëzuesve "
                    "të shërbimeve, dhe mbi këtë bazë Grupi këshillëdhënës harton projektstrategjinë për "
                    "periudhën e ardhshme."
                ),
                "sr": (
                    "Spoljni evaluator analizira rezultate strategije uz učešće korisnika usluga, a "
                    "Savetodavna grupa na osnovu toga izrađuje nacrt strategije za naredni period."
                ),
            },
            "responsible": {
                "sq": "Drejtoria e Shëndetësisë dhe Mirëqenies Sociale",
                "sr": "Direkcija za zdravstvo i socijalnu zaštitu",
            },
            "partners": {
                "sq": "Grupi këshillëdhënës, Qendra për Punë Sociale, UNDP",
                "sr": "Savetodavna grupa, Centar za socijalni rad, UNDP",
            },
            "start": "2027-Q2",
            "end": "2027-Q4",
            "budget": [
                {"year": 2027, "amount": "8000", "currency": "EUR", "source": "donor", "funder": "UNDP"},
                {"year": 2027, "amount": "2000", "currency": "EUR", "source": "municipal", "funder": ""},
            ],
            "indicators": [
                {
                    "name": {
                        "sq": "Raporti i vlerësimit përfundimtar i publikuar",
                        "sr": "Objavljen izveštaj o završnoj evaluaciji",
                    },
                    "unit": {"sq": "raport", "sr": "izveštaj"},
                    "baseline": "0",
                    "targets": {"2027": "1"},
                },
            ],
            "target_groups": [
                "disability",
                "elderly",
                "children",
                "rae",
                "dv",
                "youth",
                "single_parent",
                "social_assistance",
            ],
        },
    ],
}

# The shapes real plans have: sub-chapters, a figure, a column of the plan's own, sub-activities.
SUB_CHAPTERS = {
    # the staffing chapter (5th section) gets two sub-chapters, as Korçë's chapter IV has 4.1, 4.1.1 …
    4: [
        {
            "title": {
                "sq": "Struktura e zbatimit",
                "sr": "Struktura sprovođenja",
                "en": "Implementation structure",
            },
            "body": {
                "sq": "Kuvendi i Komunës miraton planin dhe raportet vjetore; Grupi këshillëdhënës koordinon "
                "zbatimin me drejtoritë dhe partnerët, siç e tregon figura.",
                "sr": "Skupština opštine usvaja plan i godišnje izveštaje; Savetodavna grupa koordinira "
                "sprovođenje sa direkcijama i partnerima, kao što pokazuje slika.",
                "en": "The Municipal Assembly adopts the plan and the yearly reports; the advisory group "
                "coordinates implementation with the directorates and partners, as the figure shows.",
            },
            "figure": {
                "sq": "Struktura e zbatimit të strategjisë",
                "sr": "Struktura sprovođenja strategije",
                "en": "Structure for implementing the strategy",
            },
        },
        {
            "title": {
                "sq": "Personeli i ri i nevojshëm",
                "sr": "Potrebno novo osoblje",
                "en": "New staff needed",
            },
            "body": {
                "sq": "Për qendrën ditore nevojiten katër punonjës të rinj dhe për ekipin lëvizës tre.",
                "sr": "Za dnevni centar potrebna su četiri nova zaposlena, a za mobilni tim tri.",
                "en": "The day-care centre needs four new staff and the mobile team three.",
            },
        },
    ],
}

OWN_COLUMN = {
    "name": {"sq": "Sqarim", "sr": "Objašnjenje", "en": "Explanation"},
    # activity number in reading order (1-based) -> text
    "texts": {
        1: {
            "sq": "Objekti ekziston; nevojitet vetëm renovimi.",
            "sr": "Objekat postoji; potrebna je samo obnova.",
            "en": "The building exists; only its renovation is needed.",
        },
        3: {
            "sq": "Zbatohet me OJQ-në që ofron sot kujdesin në shtëpi.",
            "sr": "Sprovodi se sa NVO koja danas pruža pomoć u kući.",
            "en": "Carried out with the NGO that provides home care today.",
        },
    },
}

SUB_ACTIVITIES = {
    # parent activity (number in reading order, 1-based) -> its sub-activities
    7: [
        {
            "title": {
                "sq": "Blerja e një automjeti të përshtatur",
                "sr": "Nabavka prilagođenog vozila",
                "en": "Buying an adapted vehicle",
            },
            "start": "2025-Q3",
            "end": "2025-Q4",
            "responsible": {
                "sq": "Drejtoria për Shëndetësi dhe Mirëqenie Sociale",
                "sr": "Direkcija za zdravstvo i socijalnu zaštitu",
            },
        },
        {
            "title": {
                "sq": "Rregullat e shërbimit dhe linja telefonike e rezervimeve",
                "sr": "Pravila usluge i telefonska linija za rezervacije",
                "en": "Service rules and a telephone booking line",
            },
            "start": "2026-Q1",
            "end": "2026-Q1",
            "responsible": {"sq": "Qendra për Punë Sociale", "sr": "Centar za socijalni rad"},
        },
    ],
}

# The plan's donors and implementing partners (one per line), as a cover lists them.
DONORS = {
    "sq": (
        "Fondi i Kombeve të Bashkuara për Fëmijët (UNICEF)\n"
        "Programi i Kombeve të Bashkuara për Zhvillim (UNDP)\n"
        "UN Women"
    ),
    "sr": "Dečji fond Ujedinjenih nacija (UNICEF)\nProgram Ujedinjenih nacija za razvoj (UNDP)\nUN Women",
    "en": "United Nations Children's Fund (UNICEF)\nUnited Nations Development Programme (UNDP)\nUN Women",
}
PARTNERS = {
    "sq": "Qendra për Punë Sociale\nHandikos Lumbardh\nCaritas Kosova",
    "sr": "Centar za socijalni rad\nHandikos Lumbard\nCaritas Kosovo",
    "en": "Centre for Social Work\nHandikos Lumbardh\nCaritas Kosovo",
}
