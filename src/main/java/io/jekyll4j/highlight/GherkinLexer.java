package io.jekyll4j.highlight;

import static io.jekyll4j.highlight.RegexLexer.POP;
import static io.jekyll4j.highlight.Token.*;

import java.util.List;
import java.util.Set;

/** Rouge 3.30's Gherkin lexer ({@code gherkin}) as a rule table, state for state. */
final class GherkinLexer {
  private GherkinLexer() {}

  private static final Set<String> KEYWORDS_STEP =
      Set.copyOf(
          List.of(
              "'a ", "'ach ", "'ej ", "* ", "7 ", "A ",
              "A taktie\u017e ", "A tak\u00e9 ", "A tie\u017e ", "A z\u00e1rove\u0148 ", "AN ", "Aber ",
              "Ac ", "Ach", "Adott ", "Agus", "Ak ", "Akkor ",
              "Alavez ", "Ale ", "Aleshores ", "Ali ", "Allora ", "Alors ",
              "Als ", "Ama ", "Amennyiben ", "Amikor ", "Amma ", "Ampak ",
              "An ", "Ananging ", "Ancaq ", "And ", "Angenommen ", "Anrhegedig a ",
              "Ansin", "Antonces ", "Apabila ", "Atesa ", "Atunci ", "At\u00e8s ",
              "Avast! ", "Aye ", "BUT ", "Bagi ", "Banjur ", "Bet ",
              "Bila ", "Bi\u1ebft ", "Blimey! ", "Buh ", "But ", "But at the end of the day I reckon ",
              "Cal ", "Cand ", "Cando ", "Ce ", "Cho ", "Cuan ",
              "Cuando ", "Cuir i gc\u00e1s go", "Cuir i gc\u00e1s gur", "Cuir i gc\u00e1s nach", "Cuir i gc\u00e1s n\u00e1r", "C\u00e2nd ",
              "DEN ", "DaH ghu' bejlu' ", "Dada ", "Dadas ", "Dadena ", "Dadeno ",
              "Dado ", "Dados ", "Daes ", "Dan ", "Dann ", "Dano ",
              "Daos ", "Dar ", "Dat fiind ", "Data ", "Date ", "Date fiind ",
              "Dati ", "Dati fiind ", "Dato ", "Dat\u0103 fiind", "Dau ", "Daus ",
              "Da\u0163i fiind ", "Da\u021bi fiind ", "De ", "Den youse gotta ", "Dengan ", "Diasumsikan ",
              "Diberi ", "Diketahui ", "Diyelim ki ", "Do ", "Donada ", "Donat ",
              "Donc ", "Donita\u0135o ", "Dun ", "Duota ", "D\u00e1u ", "E ",
              "Eeldades ", "Ef ", "En ", "Entao ", "Entonces ", "Ent\u00e3o ",
              "Ent\u00f3n ", "Ent\u00f3s ", "Epi ", "Et ", "Et qu'", "Et que ",
              "Etant donn\u00e9 ", "Etant donn\u00e9 qu'", "Etant donn\u00e9 que ", "Etant donn\u00e9e ", "Etant donn\u00e9es ", "Etant donn\u00e9s ",
              "E\u011fer ki ", "Fakat ", "Gangway! ", "Gdy ", "Gegeben sei ", "Gegeben seien ",
              "Gegeven ", "Gegewe ", "Gitt ", "Given ", "Givet ", "Givun ",
              "Ha ", "H\u0259m ", "I ", "I CAN HAZ ", "In ", "Ir ",
              "It's just unbelievable ", "Ja ", "Je\u015bli ", "Je\u017celi ", "Jika ", "Kad ",
              "Kada ", "Kadar ", "Kai ", "Kaj ", "Kdy\u017e ", "Kemudian ",
              "Ketika ", "Ke\u010f ", "Khi ", "Kiedy ", "Ko ", "Koga ",
              "Komence ", "Kui ", "Kuid ", "Kun ", "Lan ", "Le ",
              "Le sa a ", "Let go and haul ", "Logo ", "Lorsqu'", "Lorsque ", "L\u00e8 ",
              "L\u00e8 sa a ", "Ma ", "Maar ", "Mais ", "Mais qu'", "Mais que ",
              "Majd ", "Maj\u0105c ", "Maka ", "Manawa ", "Mas ", "Men ",
              "Menawa ", "Mutta ", "Nalika ", "Nalikaning ", "Nanging ", "Nato ",
              "Nh\u01b0ng ", "Niin ", "Njuk ", "No ", "Nuair a", "Nuair ba",
              "Nuair nach", "Nuair n\u00e1r", "N\u00e4r ", "N\u00e5r ", "N\u0259 vaxt ki ", "O halda ",
              "O zaman ", "Och ", "Og ", "Oletetaan ", "Ond ", "Onda ",
              "Oraz ", "Pak ", "Pero ", "Peru ", "Per\u00f2 ", "Podano ",
              "Pokia\u013e ", "Pokud ", "Potem ", "Potom ", "Privzeto ", "Pryd ",
              "Quan ", "Quand ", "Quando ", "Sachant ", "Sachant qu'", "Sachant que ",
              "Se ", "Sed ", "Si ", "Siis ", "Sipoze ", "Sipoze Ke ",
              "Sipoze ke ", "Soit ", "Stel ", "S\u00e5 ", "Tad ", "Tada ",
              "Tak ", "Takrat ", "Tapi ", "Ter ", "Tetapi ", "Tha ",
              "Tha the ", "Then ", "Thurh ", "Th\u00ec ", "Toda ", "Togash ",
              "Too right ", "Tutaq ki ", "Ukoliko ", "Un ", "Und ", "Ve ",
              "Vendar ", "Verilir ", "V\u00e0 ", "V\u0259 ", "WEN ", "Wanneer ",
              "Wenn ", "When ", "Wtedy ", "Wun ", "Y ", "Y'know ",
              "Ya ", "Yeah nah ", "Yna ", "Youse know like when ", "Youse know when youse got ", "Za date ",
              "Za dati ", "Za dato ", "Za predpokladu ", "Za p\u0159edpokladu ", "Zadan ", "Zadani ",
              "Zadano ", "Zak\u0142adaj\u0105c ", "Zak\u0142adaj\u0105c, \u017ce ", "Zaradi ", "Zatim ", "a ",
              "an ", "awer ", "dann ", "ghu' noblu' ", "latlh ", "m\u00e4 ",
              "qaSDI' ", "ugeholl ", "vaj ", "wann ", "\u00c9s ", "\u00c9tant donn\u00e9 ",
              "\u00c9tant donn\u00e9 qu'", "\u00c9tant donn\u00e9 que ", "\u00c9tant donn\u00e9e ", "\u00c9tant donn\u00e9es ", "\u00c9tant donn\u00e9s ", "\u00d0a ",
              "\u00d0a \u00f0e ", "\u00d0urh ", "\u00dea ", "\u00dea \u00fee ", "\u00deegar ", "\u00deurh ",
              "\u00de\u00e1 ", "\u010ce ", "\u015ei ", "\u018fg\u0259r ", "\u0218i ", "\u038c\u03c4\u03b1\u03bd ",
              "\u0391\u03bb\u03bb\u03ac ", "\u0394\u03b5\u03b4\u03bf\u03bc\u03ad\u03bd\u03bf\u03c5 ", "\u039a\u03b1\u03b9 ", "\u03a4\u03cc\u03c4\u03b5 ", "\u0406 ", "\u0410 ",
              "\u0410 \u0442\u0430\u043a\u043e\u0436 ", "\u0410\u0433\u0430\u0440 ", "\u0410\u043b\u0435 ", "\u0410\u043b\u0438 ", "\u0410\u043c\u043c\u043e ", "\u0410\u043d\u0445 ",
              "\u0411\u0438\u0440\u043e\u043a ", "\u0412\u0430 ", "\u0412\u04d9 ", "\u0413\u044d\u0445\u0434\u044d\u044d ", "\u0414\u0430\u0434\u0435\u043d\u0430 ", "\u0414\u0430\u0434\u0435\u043d\u043e ",
              "\u0414\u0430\u043d\u043e ", "\u0414\u043e\u043f\u0443\u0441\u0442\u0438\u043c ", "\u0415\u0441\u043b\u0438 ", "\u0417\u0430 \u0434\u0430\u0442\u0435 ", "\u0417\u0430 \u0434\u0430\u0442\u0438 ", "\u0417\u0430 \u0434\u0430\u0442\u043e ",
              "\u0417\u0430\u0442\u0435\u043c ", "\u0418 ", "\u0418\u043d\u0430\u0447\u0435 ", "\u041a \u0442\u043e\u043c\u0443 \u0436\u0435 ", "\u041a\u0430\u0434 ", "\u041a\u0430\u0434\u0430 ",
              "\u041a\u043e\u0433\u0430 ", "\u041a\u043e\u0433\u0430\u0442\u043e ", "\u041a\u043e\u0433\u0434\u0430 ", "\u041a\u043e\u043b\u0438 ", "\u041b\u0435\u043a\u0438\u043d ", "\u041b\u04d9\u043a\u0438\u043d ",
              "\u041c\u04e9\u043d ", "\u041d\u0435\u0445\u0430\u0439 ", "\u041d\u043e ", "\u041d\u04d9\u0442\u0438\u0497\u04d9\u0434\u04d9 ", "\u041e\u043d\u0434\u0430 ", "\u041f\u0440\u0438\u043f\u0443\u0441\u0442\u0438\u043c\u043e ",
              "\u041f\u0440\u0438\u043f\u0443\u0441\u0442\u0438\u043c\u043e, \u0449\u043e ", "\u041f\u0443\u0441\u0442\u044c ", "\u0422\u0430 ", "\u0422\u0430\u043a\u0436\u0435 ", "\u0422\u043e ", "\u0422\u043e\u0433\u0430\u0448 ",
              "\u0422\u043e\u0433\u0434\u0430 ", "\u0422\u043e\u0434\u0456 ", "\u0422\u044d\u0433\u044d\u0445\u044d\u0434 ", "\u0422\u044d\u0433\u044d\u044d\u0434 ", "\u0423\u043d\u0434\u0430 ", "\u0425\u0430\u0440\u0438\u043d ",
              "\u0425\u044d\u0440\u044d\u0432 ", "\u042f\u043a\u0449\u043e ", "\u04ae\u04af\u043d\u0438\u0439 \u0434\u0430\u0440\u0430\u0430 ", "\u04ba\u04d9\u043c ", "\u04d8\u0433\u04d9\u0440 ", "\u04d8\u0439\u0442\u0438\u043a ",
              "\u04d8\u043c\u043c\u0430 ", "\u04e8\u0433\u04e9\u0433\u0434\u0441\u04e9\u043d \u043d\u044c ", "\u0531\u057a\u0561 ", "\u0532\u0561\u0575\u0581 ", "\u0534\u056b\u0581\u0578\u0582\u0584 ", "\u0535\u0569\u0565 ",
              "\u0535\u057e ", "\u0535\u0580\u0562 ", "\u05d0\u05d1\u05dc ", "\u05d0\u05d6 ", "\u05d0\u05d6\u05d9 ", "\u05d1\u05d4\u05d9\u05e0\u05ea\u05df ",
              "\u05d5\u05d2\u05dd ", "\u05db\u05d0\u05e9\u05e8 ", "\u0622\u0646\u06af\u0627\u0647 ", "\u0627\u0630\u0627\u064b ", "\u0627\u0645\u0627 ", "\u0627\u0648\u0631 ",
              "\u0627\u06af\u0631 ", "\u0628\u0627 \u0641\u0631\u0636 ", "\u0628\u0627\u0644\u0641\u0631\u0636 ", "\u0628\u0641\u0631\u0636 ", "\u062a\u0628 ", "\u062b\u0645 ",
              "\u062c\u0628 ", "\u0639\u0646\u062f\u0645\u0627 ", "\u0641\u0631\u0636 \u06a9\u06cc\u0627 ", "\u0644\u0643\u0646 ", "\u0644\u06cc\u06a9\u0646 ", "\u0645\u062a\u0649 ",
              "\u0647\u0646\u06af\u0627\u0645\u06cc ", "\u0648 ", "\u067e\u06be\u0631 ", "\u0905\u0917\u0930 ", "\u0905\u0928\u0940 ", "\u0906\u0923\u093f ",
              "\u0914\u0930 ", "\u0915\u0926\u093e ", "\u0915\u093f\u0928\u094d\u0924\u0941 ", "\u091a\u0942\u0902\u0915\u093f ", "\u091c\u092c ", "\u091c\u0930",
              "\u091c\u0947\u0935\u094d\u0939\u093e ", "\u0924\u0925\u093e ", "\u0924\u0926\u093e ", "\u0924\u092c ", "\u0924\u0930 ", "\u0924\u0938\u0947\u091a ",
              "\u0924\u0947\u0935\u094d\u0939\u093e ", "\u0924\u094d\u092f\u0938\u092a\u091b\u093f ", "\u0926\u093f\u0907\u090f\u0915\u094b ", "\u0926\u093f\u090f\u0915\u094b ", "\u0926\u093f\u0932\u0947\u0932\u094d\u092f\u093e \u092a\u094d\u0930\u092e\u093e\u0923\u0947 ", "\u092a\u0923 ",
              "\u092a\u0930 ", "\u092a\u0930\u0902\u0924\u0941 ", "\u092a\u0930\u0928\u094d\u0924\u0941 ", "\u092e\u0917 ", "\u092f\u0926\u093f ", "\u0930 ",
              "\u0a05\u0a24\u0a47 ", "\u0a1c\u0a26\u0a4b\u0a02 ", "\u0a1c\u0a3f\u0a35\u0a47\u0a02 \u0a15\u0a3f ", "\u0a1c\u0a47\u0a15\u0a30 ", "\u0a24\u0a26 ", "\u0a2a\u0a30 ",
              "\u0a85\u0aa8\u0ac7 ", "\u0a86\u0aaa\u0ac7\u0ab2 \u0a9b\u0ac7 ", "\u0a95\u0acd\u0aaf\u0abe\u0ab0\u0ac7 ", "\u0aaa\u0a9b\u0ac0 ", "\u0aaa\u0aa3 ", "\u0b85\u0baa\u0bcd\u0baa\u0bc6\u0bbe\u0bb4\u0bc1\u0ba4\u0bc1 ",
              "\u0b86\u0ba9\u0bbe\u0bb2\u0bcd  ", "\u0b8e\u0baa\u0bcd\u0baa\u0bc7\u0bbe\u0ba4\u0bc1 ", "\u0b95\u0bc6\u0bbe\u0b9f\u0bc1\u0b95\u0bcd\u0b95\u0baa\u0bcd\u0baa\u0b9f\u0bcd\u0b9f ", "\u0bae\u0bb1\u0bcd\u0bb1\u0bc1\u0bae\u0bcd ", "\u0bae\u0bc7\u0bb2\u0bc1\u0bae\u0bcd  ", "\u0c05\u0c2a\u0c4d\u0c2a\u0c41\u0c21\u0c41 ",
              "\u0c08 \u0c2a\u0c30\u0c3f\u0c38\u0c4d\u0c25\u0c3f\u0c24\u0c3f\u0c32\u0c4b ", "\u0c15\u0c3e\u0c28\u0c3f ", "\u0c1a\u0c46\u0c2a\u0c4d\u0c2a\u0c2c\u0c21\u0c3f\u0c28\u0c26\u0c3f ", "\u0c2e\u0c30\u0c3f\u0c2f\u0c41 ", "\u0c86\u0ca6\u0cb0\u0cc6 ", "\u0ca8\u0c82\u0ca4\u0cb0 ",
              "\u0ca8\u0cbf\u0cd5\u0ca1\u0cbf\u0ca6 ", "\u0cae\u0ca4\u0ccd\u0ca4\u0cc1 ", "\u0cb8\u0ccd\u0ca5\u0cbf\u0ca4\u0cbf\u0caf\u0ca8\u0ccd\u0ca8\u0cc1 ", "\u0e01\u0e33\u0e2b\u0e19\u0e14\u0e43\u0e2b\u0e49 ", "\u0e14\u0e31\u0e07\u0e19\u0e31\u0e49\u0e19 ", "\u0e40\u0e21\u0e37\u0e48\u0e2d ",
              "\u0e41\u0e15\u0e48 ", "\u0e41\u0e25\u0e30 ", "\u10d3\u10d0", "\u10db\u10d0\u10d2\u00ad\u10e0\u10d0\u10db", "\u10db\u10d0\u10e8\u10d8\u10dc", "\u10db\u10dd\u10ea\u10d4\u10db\u10e3\u10da\u10d8",
              "\u10e0\u10dd\u10d3\u10d4\u10e1\u10d0\u10ea", "\u304b\u3064", "\u3057\u304b\u3057", "\u305f\u3060\u3057", "\u306a\u3089\u3070", "\u3082\u3057",
              "\u4e26\u4e14", "\u4f46\u3057", "\u4f46\u662f", "\u5047\u5982", "\u5047\u5b9a", "\u5047\u8a2d",
              "\u5047\u8bbe", "\u524d\u63d0", "\u540c\u65f6", "\u540c\u6642", "\u5e76\u4e14", "\u5f53",
              "\u7576", "\u800c\u4e14", "\u90a3\u4e48", "\u90a3\u9ebc", "\uadf8\ub7ec\uba74", "\uadf8\ub9ac\uace0",
              "\ub2e8", "\ub9cc\uc57d", "\ub9cc\uc77c", "\uba3c\uc800", "\uc870\uac74", "\ud558\uc9c0\ub9cc",
              "\ud83c\udfac", "\ud83d\ude02", "\ud83d\ude10", "\ud83d\ude14", "\ud83d\ude4f"));
  private static final Set<String> KEYWORDS_ELEMENT =
      Set.copyOf(
          List.of(
              "Abstract Scenario", "Abstrakt Scenario", "Achtergrond", "Aer", "Agtergrond", "Antecedentes",
              "Antecedents", "Atbur\u00f0ar\u00e1s", "Awww, look mate", "B4", "Background", "Baggrund",
              "Bakgrund", "Bakgrunn", "Bakgrunnur", "Beispiel", "Beispill", "B\u1ed1i c\u1ea3nh",
              "Caso", "Casu", "Cefndir", "Cenario", "Cenario de Fundo", "Cen\u00e1rio",
              "Cen\u00e1rio de Fundo", "Contesto", "Context", "Contexte", "Contexto", "C\u00e1s",
              "C\u00e1s Achomair", "C\u00falra", "Dasar", "Delineacao do Cenario", "Delinea\u00e7\u00e3o do Cen\u00e1rio", "Dis is what went down",
              "Dyagram Senaryo", "Dyagram senaryo", "Eixemplo", "Ejemplo", "Eksempel", "Ekzemplo",
              "Enghraifft", "Esbozo do escenario", "Esbozu del casu", "Escenari", "Escenario", "Esempio",
              "Esquema de l'escenari", "Esquema del caso", "Esquema del escenario", "Esquema do Cenario", "Esquema do Cen\u00e1rio", "Example",
              "Exemple", "Exemplo", "Exemplu", "First off", "Fono", "Forgat\u00f3k\u00f6nyv",
              "Forgat\u00f3k\u00f6nyv v\u00e1zlat", "Fundo", "Garis Panduan Senario", "Garis-Besar Skenario", "Ge\u00e7mi\u015f", "Grundlage",
              "Hannergrond", "Heave to", "Hintergrund", "H\u00e1tt\u00e9r", "Istorik", "Juhtum",
              "Kazo", "Kazo-skizo", "Keadaan", "Kerangka Keadaan", "Kerangka Senario", "Kerangka Situasi",
              "Ke\u00e7mi\u015f", "Khung k\u1ecbch b\u1ea3n", "Khung t\u00ecnh hu\u1ed1ng", "Koncept", "Konsep skenario", "Kontekst",
              "Kontekstas", "Konteksts", "Kontext", "Konturo de la scenaro", "Kont\u00e8ks", "K\u1ecbch b\u1ea3n",
              "Latar Belakang", "L\u00fdsing Atbur\u00f0ar\u00e1sar", "L\u00fdsing D\u00e6ma", "MISHUN", "MISHUN SRSLY", "Na primer",
              "N\u00e1\u010drt Scen\u00e1ra", "N\u00e1\u010drt Scen\u00e1ru", "N\u00e1\u010drt Sc\u00e9n\u00e1\u0159e", "N\u00fcmun\u0259", "Oris scenarija", "Osnova",
              "Osnova Scen\u00e1ra", "Osnova sc\u00e9n\u00e1\u0159e", "Osnutek", "Ozadje", "Pavyzdys", "Piem\u0113rs",
              "Plan Senaryo", "Plan du Sc\u00e9nario", "Plan du sc\u00e9nario", "Plan senaryo", "Plang vum Szenario", "Pozadie",
              "Pozadina", "Pozad\u00ed", "Pregled na scenarija", "Primer", "Primjer", "Przyk\u0142ad",
              "Pr\u00edklad", "P\u00e9lda", "P\u0159\u00edklad", "Raamjuhtum", "Raamstsenaarium", "Reckon it's like",
              "Rerefons", "Sampla", "Scenarie", "Scenarij", "Scenarijaus \u0161ablonas", "Scenariju",
              "Scenariju-obris", "Scenarijus", "Scenario", "Scenario Amlinellol", "Scenario Outline", "Scenario Template",
              "Scenario-outline", "Scenariomal", "Scenariomall", "Scenariu", "Scenariusz", "Scenaro",
              "Scen\u00e1r", "Scen\u0101rijs", "Scen\u0101rijs p\u0113c parauga", "Schema dello scenario", "Sc\u00e9nario", "Sc\u00e9n\u00e1\u0159",
              "Senario", "Senaryo", "Senaryo Deskripsyon", "Senaryo deskripsyon", "Senaryo tasla\u011f\u0131", "Shiver me timbers",
              "Situasi", "Situasie", "Situasie Uiteensetting", "Situ\u0101cija", "Skenario", "Skenario konsep",
              "Skica", "Skizo", "Sodrzhina", "Ssenari", "Ssenarinin strukturu", "Structura scenariu",
              "Structur\u0103 scenariu", "Struktura scenarija", "Stsenaarium", "Swa", "Swa hwaer swa", "Swa hw\u00e6r swa",
              "Szablon scenariusza", "Szenarien", "Szenario", "Szenariogrundriss", "Tapaus", "Tapausaihio",
              "Taust", "Tausta", "The thing of it is", "T\u00ecnh hu\u1ed1ng", "Voorbeeld", "Voraussetzungen",
              "Vorbedingungen", "Wharrimean is", "Yo-ho-ho", "Za\u0142o\u017cenia", "lut", "lut chovnatlh",
              "mo'", "\u00c6r", "\u00d6rnek", "\u03a0\u03b1\u03c1\u03ac\u03b4\u03b5\u03b9\u03b3\u03bc\u03b1", "\u03a0\u03b5\u03c1\u03af\u03b3\u03c1\u03b1\u03bc\u03bc\u03b1 \u03a3\u03b5\u03bd\u03b1\u03c1\u03af\u03bf\u03c5", "\u03a0\u03b5\u03c1\u03b9\u03b3\u03c1\u03b1\u03c6\u03ae \u03a3\u03b5\u03bd\u03b1\u03c1\u03af\u03bf\u03c5",
              "\u03a3\u03b5\u03bd\u03ac\u03c1\u03b9\u03bf", "\u03a5\u03c0\u03cc\u03b2\u03b1\u03b8\u03c1\u03bf", "\u0410\u0433\u0443\u0443\u043b\u0433\u0430", "\u041a\u0435\u0440\u0435\u0448", "\u041a\u043e\u043d\u0442\u0435\u043a\u0441\u0442", "\u041a\u043e\u043d\u0446\u0435\u043f\u0442",
              "\u041d\u0430 \u043f\u0440\u0438\u043c\u0435\u0440", "\u041e\u0441\u043d\u043e\u0432\u0430", "\u041f\u0435\u0440\u0435\u0434\u0443\u043c\u043e\u0432\u0430", "\u041f\u043e\u0437\u0430\u0434\u0438\u043d\u0430", "\u041f\u0440\u0435\u0433\u043b\u0435\u0434 \u043d\u0430 \u0441\u0446\u0435\u043d\u0430\u0440\u0438\u0458\u0430", "\u041f\u0440\u0435\u0434\u0438\u0441\u0442\u043e\u0440\u0438\u044f",
              "\u041f\u0440\u0435\u0434\u044b\u0441\u0442\u043e\u0440\u0438\u044f", "\u041f\u0440\u0438\u043a\u043b\u0430\u0434", "\u041f\u0440\u0438\u043c\u0435\u0440", "\u0420\u0430\u043c\u043a\u0430 \u043d\u0430 \u0441\u0446\u0435\u043d\u0430\u0440\u0438\u0439", "\u0421\u043a\u0438\u0446\u0430", "\u0421\u043e\u0434\u0440\u0436\u0438\u043d\u0430",
              "\u0421\u0442\u0440\u0443\u043a\u0442\u0443\u0440\u0430 \u0441\u0446\u0435\u043d\u0430\u0440\u0438\u044f", "\u0421\u0442\u0440\u0443\u043a\u0442\u0443\u0440\u0430 \u0441\u0446\u0435\u043d\u0430\u0440\u0438\u0458\u0430", "\u0421\u0442\u0440\u0443\u043a\u0442\u0443\u0440\u0430 \u0441\u0446\u0435\u043d\u0430\u0440\u0456\u044e", "\u0421\u0446\u0435\u043d\u0430\u0440", "\u0421\u0446\u0435\u043d\u0430\u0440\u0438\u0439", "\u0421\u0446\u0435\u043d\u0430\u0440\u0438\u0439 \u0441\u0442\u0440\u0443\u043a\u0442\u0443\u0440\u0430\u0441\u0438",
              "\u0421\u0446\u0435\u043d\u0430\u0440\u0438\u0439\u043d\u044b\u04a3 \u0442\u04e9\u0437\u0435\u043b\u0435\u0448\u0435", "\u0421\u0446\u0435\u043d\u0430\u0440\u0438\u043e", "\u0421\u0446\u0435\u043d\u0430\u0440\u044b\u043d \u0442\u04e9\u043b\u04e9\u0432\u043b\u04e9\u0433\u04e9\u04e9", "\u0421\u0446\u0435\u043d\u0430\u0440\u0456\u0439", "\u0422\u0430\u0440\u0438\u0445", "\u053f\u0578\u0576\u057f\u0565\u0584\u057d\u057f",
              "\u054d\u0581\u0565\u0576\u0561\u0580", "\u054d\u0581\u0565\u0576\u0561\u0580\u056b \u056f\u0561\u057c\u0578\u0582\u0581\u057e\u0561\u0581\u0584\u0568", "\u0555\u0580\u056b\u0576\u0561\u056f", "\u05d3\u05d5\u05d2\u05de\u05d0", "\u05e8\u05e7\u05e2", "\u05ea\u05d1\u05e0\u05d9\u05ea \u05ea\u05e8\u05d7\u05d9\u05e9",
              "\u05ea\u05e8\u05d7\u05d9\u05e9", "\u0627\u0644\u062e\u0644\u0641\u064a\u0629", "\u0627\u0644\u06af\u0648\u06cc \u0633\u0646\u0627\u0631\u06cc\u0648", "\u0632\u0645\u06cc\u0646\u0647", "\u0633\u0646\u0627\u0631\u06cc\u0648", "\u0633\u064a\u0646\u0627\u0631\u064a\u0648",
              "\u0633\u064a\u0646\u0627\u0631\u064a\u0648 \u0645\u062e\u0637\u0637", "\u0645\u062b\u0627\u0644", "\u0645\u0646\u0638\u0631 \u0646\u0627\u0645\u06d2 \u06a9\u0627 \u062e\u0627\u06a9\u06c1", "\u0645\u0646\u0638\u0631\u0646\u0627\u0645\u06c1", "\u067e\u0633 \u0645\u0646\u0638\u0631", "\u092a\u0930\u093f\u0926\u0943\u0936\u094d\u092f",
              "\u092a\u0930\u093f\u0926\u0943\u0936\u094d\u092f \u0930\u0942\u092a\u0930\u0947\u0916\u093e", "\u092a\u093e\u0930\u094d\u0936\u094d\u0935\u092d\u0942\u092e\u0940", "\u092a\u0943\u0937\u094d\u0920\u092d\u0942\u092e\u093f", "\u092a\u0943\u0937\u094d\u0920\u092d\u0942\u092e\u0940", "\u0a09\u0a26\u0a3e\u0a39\u0a30\u0a28", "\u0a2a\u0a1f\u0a15\u0a25\u0a3e",
              "\u0a2a\u0a1f\u0a15\u0a25\u0a3e \u0a22\u0a3e\u0a02\u0a1a\u0a3e", "\u0a2a\u0a1f\u0a15\u0a25\u0a3e \u0a30\u0a42\u0a2a \u0a30\u0a47\u0a16\u0a3e", "\u0a2a\u0a3f\u0a1b\u0a4b\u0a15\u0a5c", "\u0a89\u0aa6\u0abe\u0ab9\u0ab0\u0aa3", "\u0aaa\u0ab0\u0abf\u0aa6\u0acd\u0aa6\u0ab6\u0acd\u0aaf \u0aa2\u0abe\u0a82\u0a9a\u0acb", "\u0aaa\u0ab0\u0abf\u0aa6\u0acd\u0aa6\u0ab6\u0acd\u0aaf \u0ab0\u0ac2\u0aaa\u0ab0\u0ac7\u0a96\u0abe",
              "\u0aac\u0ac7\u0a95\u0a97\u0acd\u0ab0\u0abe\u0a89\u0aa8\u0acd\u0aa1", "\u0ab8\u0acd\u0aa5\u0abf\u0aa4\u0abf", "\u0b89\u0ba4\u0bbe\u0bb0\u0ba3\u0bae\u0bbe\u0b95", "\u0b95\u0bbe\u0b9f\u0bcd\u0b9a\u0bbf", "\u0b95\u0bbe\u0b9f\u0bcd\u0b9a\u0bbf \u0b9a\u0bc1\u0bb0\u0bc1\u0b95\u0bcd\u0b95\u0bae\u0bcd", "\u0b95\u0bbe\u0b9f\u0bcd\u0b9a\u0bbf \u0bb5\u0bbe\u0bb0\u0bcd\u0baa\u0bcd\u0baa\u0bc1\u0bb0\u0bc1",
              "\u0baa\u0bbf\u0ba9\u0bcd\u0ba9\u0ba3\u0bbf", "\u0c09\u0c26\u0c3e\u0c39\u0c30\u0c23", "\u0c15\u0c25\u0c28\u0c02", "\u0c28\u0c47\u0c2a\u0c25\u0c4d\u0c2f\u0c02", "\u0c38\u0c28\u0c4d\u0c28\u0c3f\u0c35\u0c47\u0c36\u0c02", "\u0c89\u0ca6\u0cbe\u0cb9\u0cb0\u0ca3\u0cc6",
              "\u0c95\u0ca5\u0cbe\u0cb8\u0cbe\u0cb0\u0cbe\u0c82\u0cb6", "\u0cb5\u0cbf\u0cb5\u0cb0\u0ca3\u0cc6", "\u0cb9\u0cbf\u0ca8\u0ccd\u0ca8\u0cc6\u0cb2\u0cc6", "\u0e2a\u0e23\u0e38\u0e1b\u0e40\u0e2b\u0e15\u0e38\u0e01\u0e32\u0e23\u0e13\u0e4c", "\u0e40\u0e2b\u0e15\u0e38\u0e01\u0e32\u0e23\u0e13\u0e4c", "\u0e41\u0e19\u0e27\u0e04\u0e34\u0e14",
              "\u0e42\u0e04\u0e23\u0e07\u0e2a\u0e23\u0e49\u0e32\u0e07\u0e02\u0e2d\u0e07\u0e40\u0e2b\u0e15\u0e38\u0e01\u0e32\u0e23\u0e13\u0e4c", "\u10d9\u10dd\u10dc\u10e2\u10d4\u10e5\u10e1\u10e2\u10d8", "\u10db\u10d0\u10d2\u10d0\u10da\u10d8\u10d7\u10d0\u10d3", "\u10e1\u10ea\u10d4\u10dc\u10d0\u10e0\u10d8\u10e1", "\u10e1\u10ea\u10d4\u10dc\u10d0\u10e0\u10d8\u10e1 \u10dc\u10d8\u10db\u10e3\u10e8\u10d8", "\u30b7\u30ca\u30ea\u30aa",
              "\u30b7\u30ca\u30ea\u30aa\u30a2\u30a6\u30c8\u30e9\u30a4\u30f3", "\u30b7\u30ca\u30ea\u30aa\u30c6\u30f3\u30d7\u30ec", "\u30b7\u30ca\u30ea\u30aa\u30c6\u30f3\u30d7\u30ec\u30fc\u30c8", "\u30c6\u30f3\u30d7\u30ec", "\u5267\u672c", "\u5267\u672c\u5927\u7eb2",
              "\u5287\u672c", "\u5287\u672c\u5927\u7db1", "\u573a\u666f", "\u573a\u666f\u5927\u7eb2", "\u5834\u666f", "\u5834\u666f\u5927\u7db1",
              "\u80cc\u666f", "\ubc30\uacbd", "\uc2dc\ub098\ub9ac\uc624", "\uc2dc\ub098\ub9ac\uc624 \uac1c\uc694", "\ud83d\udca4", "\ud83d\udcd5",
              "\ud83d\udcd6", "\ud83e\udd52"));
  private static final Set<String> KEYWORDS_EXAMPLES =
      Set.copyOf(
          List.of(
              "Atbur\u00f0ar\u00e1sir", "Beispiele", "Beispiller", "Cenarios", "Cen\u00e1rios", "Conto",
              "Contoh", "Contone", "Dead men tell no tales", "D\u00e6mi", "D\u1eef li\u1ec7u", "EXAMPLZ",
              "Egzanp", "Eixemplos", "Ejemplos", "Eksempler", "Ekzemploj", "Enghreifftiau",
              "Esempi", "Examples", "Exempel", "Exemple", "Exemples", "Exemplos",
              "Juhtumid", "Misal", "N\u00fcmun\u0259l\u0259r", "Paraugs", "Pavyzd\u017eiai", "Piem\u0113ri",
              "Primeri", "Primjeri", "Przyk\u0142ady", "Pr\u00edklady", "P\u00e9ld\u00e1k", "P\u0159\u00edklady",
              "Sampla\u00ed", "Scenaria", "Scenarijai", "Scenariji", "Scenarios", "Se the",
              "Se \u00f0e", "Se \u00fee", "Tapaukset", "Variantai", "Voorbeelde", "Voorbeelden",
              "You'll wanna", "ghantoH", "lutmey", "\u00d6rnekler", "\u03a0\u03b1\u03c1\u03b1\u03b4\u03b5\u03af\u03b3\u03bc\u03b1\u03c4\u03b1", "\u03a3\u03b5\u03bd\u03ac\u03c1\u03b9\u03b1",
              "\u041c\u0438\u0441\u0430\u043b\u043b\u0430\u0440", "\u041c\u0438\u0441\u043e\u043b\u043b\u0430\u0440", "\u041f\u0440\u0438\u043a\u043b\u0430\u0434\u0438", "\u041f\u0440\u0438\u043c\u0435\u0440\u0438", "\u041f\u0440\u0438\u043c\u0435\u0440\u044b", "\u0421\u0446\u0435\u043d\u0430\u0440\u0438\u0458\u0430",
              "\u0421\u0446\u0435\u043d\u0430\u0440\u0438\u0458\u0438", "\u0422\u0443\u0445\u0430\u0439\u043b\u0431\u0430\u043b", "\u04ae\u0440\u043d\u04d9\u043a\u043b\u04d9\u0440", "\u0555\u0580\u056b\u0576\u0561\u056f\u0576\u0565\u0580", "\u05d3\u05d5\u05d2\u05de\u05d0\u05d5\u05ea", "\u0627\u0645\u062b\u0644\u0629",
              "\u0645\u062b\u0627\u0644\u06cc\u06ba", "\u0646\u0645\u0648\u0646\u0647 \u0647\u0627", "\u0909\u0926\u093e\u0939\u0930\u0923", "\u0909\u0926\u093e\u0939\u0930\u0923\u0939\u0930\u0941", "\u0a09\u0a26\u0a3e\u0a39\u0a30\u0a28\u0a3e\u0a02", "\u0a89\u0aa6\u0abe\u0ab9\u0ab0\u0aa3\u0acb",
              "\u0b8e\u0b9f\u0bc1\u0ba4\u0bcd\u0ba4\u0bc1\u0b95\u0bcd\u0b95\u0bbe\u0b9f\u0bcd\u0b9f\u0bc1\u0b95\u0bb3\u0bcd", "\u0b95\u0bbe\u0b9f\u0bcd\u0b9a\u0bbf\u0b95\u0bb3\u0bcd", "\u0ba8\u0bbf\u0bb2\u0bc8\u0bae\u0bc8\u0b95\u0bb3\u0bbf\u0bb2\u0bcd", "\u0c09\u0c26\u0c3e\u0c39\u0c30\u0c23\u0c32\u0c41", "\u0c89\u0ca6\u0cbe\u0cb9\u0cb0\u0ca3\u0cc6\u0c97\u0cb3\u0cc1", "\u0e0a\u0e38\u0e14\u0e02\u0e2d\u0e07\u0e15\u0e31\u0e27\u0e2d\u0e22\u0e48\u0e32\u0e07",
              "\u0e0a\u0e38\u0e14\u0e02\u0e2d\u0e07\u0e40\u0e2b\u0e15\u0e38\u0e01\u0e32\u0e23\u0e13\u0e4c", "\u10db\u10d0\u10d2\u10d0\u10da\u10d8\u10d7\u10d4\u10d1\u10d8", "\u30b5\u30f3\u30d7\u30eb", "\u4f8b", "\u4f8b\u5b50", "\uc608",
              "\ud83d\udcd3"));
  private static final Set<String> KEYWORDS_FEATURE =
      Set.copyOf(
          List.of(
              "Ability", "Ahoy matey!", "Arwedd", "Aspekt", "Besigheid Behoefte", "Biznis potreba",
              "Business Need", "Caracteristica", "Caracter\u00edstica", "Carauter\u00edstica", "Egenskab", "Egenskap",
              "Eiginleiki", "Feature", "Fitur", "Fonctionnalit\u00e9", "Fonksyonalite", "Funcionalidade",
              "Funcionalitat", "Functionalitate", "Functionaliteit", "Func\u0163ionalitate", "Func\u021bionalitate", "Fungsi",
              "Funkcia", "Funkcija", "Funkcionalit\u0101te", "Funkcionalnost", "Funkcja", "Funksie",
              "Funktion", "Funktionalit\u00e4t", "Funktionalit\u00e9it", "Funzionalit\u00e0", "F\u012b\u010da", "Gn\u00e9",
              "Hwaet", "Hw\u00e6t", "Jellemz\u0151", "Karakteristik", "Karakteristika", "Lastnost",
              "Mak", "Mogucnost", "Mogu\u0107nost", "Mozhnost", "Moznosti", "Mo\u017enosti",
              "OH HAI", "Omadus", "Ominaisuus", "Osobina", "Potrzeba biznesowa", "Po\u017eadavek",
              "Po\u017eiadavka", "Pretty much", "Qap", "Qu'meH 'ut", "Savyb\u0117", "Trajto",
              "T\u00ednh n\u0103ng", "Vermo\u00eb", "Vlastnos\u0165", "W\u0142a\u015bciwo\u015b\u0107", "Zna\u010dilnost", "laH",
              "perbogh", "poQbogh malja'", "\u00d6zellik", "\u00d6z\u0259llik", "\u0394\u03c5\u03bd\u03b1\u03c4\u03cc\u03c4\u03b7\u03c4\u03b1", "\u039b\u03b5\u03b9\u03c4\u03bf\u03c5\u03c1\u03b3\u03af\u03b1",
              "\u0411\u0438\u0437\u043d\u0438\u0441 \u043f\u043e\u0442\u0440\u0435\u0431\u0430", "\u041c\u043e\u0433\u0443\u045b\u043d\u043e\u0441\u0442", "\u041c\u043e\u0436\u043d\u043e\u0441\u0442", "\u041c\u04e9\u043c\u043a\u0438\u043d\u043b\u0435\u043a", "\u041e\u0441\u043e\u0431\u0438\u043d\u0430", "\u0421\u0432\u043e\u0439\u0441\u0442\u0432\u043e",
              "\u0424\u0443\u043d\u043a\u0446", "\u0424\u0443\u043d\u043a\u0446\u0438\u043e\u043d\u0430\u043b", "\u0424\u0443\u043d\u043a\u0446\u0438\u043e\u043d\u0430\u043b\u043d\u043e\u0441\u0442", "\u0424\u0443\u043d\u043a\u0446\u0438\u043e\u043d\u0430\u043b\u044c\u043d\u043e\u0441\u0442\u044c", "\u0424\u0443\u043d\u043a\u0446\u0438\u044f", "\u0424\u0443\u043d\u043a\u0446\u0456\u043e\u043d\u0430\u043b",
              "\u04ae\u0437\u0435\u043d\u0447\u04d9\u043b\u0435\u043a\u043b\u0435\u043b\u0435\u043a", "\u0540\u0561\u057f\u056f\u0578\u0582\u0569\u0575\u0578\u0582\u0576", "\u0556\u0578\u0582\u0576\u056f\u0581\u056b\u0578\u0576\u0561\u056c\u0578\u0582\u0569\u0575\u0578\u0582\u0576", "\u05ea\u05db\u05d5\u05e0\u05d4", "\u062e\u0627\u0635\u064a\u0629", "\u062e\u0635\u0648\u0635\u06cc\u062a",
              "\u0635\u0644\u0627\u062d\u06cc\u062a", "\u0648\u0650\u06cc\u0698\u06af\u06cc", "\u06a9\u0627\u0631\u0648\u0628\u0627\u0631 \u06a9\u06cc \u0636\u0631\u0648\u0631\u062a", "\u0930\u0942\u092a \u0932\u0947\u0916", "\u0935\u093f\u0936\u0947\u0937\u0924\u093e", "\u0935\u0948\u0936\u093f\u0937\u094d\u091f\u094d\u092f",
              "\u0938\u0941\u0935\u093f\u0927\u093e", "\u0a16\u0a3e\u0a38\u0a40\u0a05\u0a24", "\u0a28\u0a15\u0a36 \u0a28\u0a41\u0a39\u0a3e\u0a30", "\u0a2e\u0a41\u0a39\u0a3e\u0a02\u0a26\u0a30\u0a3e", "\u0a95\u0acd\u0ab7\u0aae\u0aa4\u0abe", "\u0ab2\u0a95\u0acd\u0ab7\u0aa3",
              "\u0ab5\u0acd\u0aaf\u0abe\u0aaa\u0abe\u0ab0 \u0a9c\u0ab0\u0ac2\u0ab0", "\u0b85\u0bae\u0bcd\u0b9a\u0bae\u0bcd", "\u0ba4\u0bbf\u0bb1\u0ba9\u0bcd", "\u0bb5\u0ba3\u0bbf\u0b95 \u0ba4\u0bc7\u0bb5\u0bc8", "\u0c17\u0c41\u0c23\u0c2e\u0c41", "\u0cb9\u0cc6\u0c9a\u0ccd\u0c9a\u0cb3",
              "\u0e04\u0e27\u0e32\u0e21\u0e15\u0e49\u0e2d\u0e07\u0e01\u0e32\u0e23\u0e17\u0e32\u0e07\u0e18\u0e38\u0e23\u0e01\u0e34\u0e08", "\u0e04\u0e27\u0e32\u0e21\u0e2a\u0e32\u0e21\u0e32\u0e23\u0e16", "\u0e42\u0e04\u0e23\u0e07\u0e2b\u0e25\u0e31\u0e01", "\u10d7\u10d5\u10d8\u10e1\u10d4\u10d1\u10d0", "\u30d5\u30a3\u30fc\u30c1\u30e3", "\u529f\u80fd",
              "\u6a5f\u80fd", "\uae30\ub2a5", "\ud83d\udcda"));

  static RegexLexer create() {
    RegexLexer.Builder b = RegexLexer.builder("gherkin", "cucumber", "behat");
    b.state(
        "basic",
        s ->
            s.rule("#.*$", COMMENT)
                .rule("[ \\r\\t]+", TEXT));
    b.state(
        "root",
        s ->
            s.mixin("basic")
                .rule("\\n", TEXT)
                .rule("(?s)\"\"\".*?\"\"\"", STRING)
                .rule("@[^\\s@]+", NAME_TAG)
                .mixin("has_table")
                .mixin("has_examples"));
    b.state(
        "has_scenarios",
        s ->
            s.rule("(.*?)(:)", (lx, m) -> {
                  lx.resetStack();
                  String keyword = m.group(1);
                  Token tok;
                  if (KEYWORDS_ELEMENT.contains(keyword)) {
                    lx.push("description");
                    tok = KEYWORD_NAMESPACE;
                  } else if (KEYWORDS_FEATURE.contains(keyword)) {
                    lx.push("feature_description");
                    tok = KEYWORD_DECLARATION;
                  } else if (KEYWORDS_EXAMPLES.contains(keyword)) {
                    lx.push("example_description");
                    tok = NAME_NAMESPACE;
                  } else {
                    tok = ERROR;
                  }
                  lx.groups(tok, PUNCTUATION);
                }));
    b.state(
        "has_examples",
        s ->
            s.mixin("has_scenarios")
                .rule("'a\\ |'ach\\ |'ej\\ |\\*\\ |7\\ |A\\ |A\\ taktie\u017e\\ |A\\ tak\u00e9\\ |A\\ tie\u017e\\ |A\\ z\u00e1rove\u0148\\ |AN\\ |Aber\\ |Ac\\ |Ach\\b|Adott\\ |Agus\\b|Ak\\ |Akkor\\ |Alavez\\ |Ale\\ |Aleshores\\ |Ali\\ |Allora\\ |Alors\\ |Als\\ |Ama\\ |Amennyiben\\ |Amikor\\ |Amma\\ |Ampak\\ |An\\ |Ananging\\ |Ancaq\\ |And\\ |Angenommen\\ |Anrhegedig\\ a\\ |Ansin\\b|Antonces\\ |Apabila\\ |Atesa\\ |Atunci\\ |At\u00e8s\\ |Avast!\\ |Aye\\ |BUT\\ |Bagi\\ |Banjur\\ |Bet\\ |Bila\\ |Bi\u1ebft\\ |Blimey!\\ |Buh\\ |But\\ |But\\ at\\ the\\ end\\ of\\ the\\ day\\ I\\ reckon\\ |Cal\\ |Cand\\ |Cando\\ |Ce\\ |Cho\\ |Cuan\\ |Cuando\\ |Cuir\\ i\\ gc\u00e1s\\ go\\b|Cuir\\ i\\ gc\u00e1s\\ gur\\b|Cuir\\ i\\ gc\u00e1s\\ nach\\b|Cuir\\ i\\ gc\u00e1s\\ n\u00e1r\\b|C\u00e2nd\\ |DEN\\ |DaH\\ ghu'\\ bejlu'\\ |Dada\\ |Dadas\\ |Dadena\\ |Dadeno\\ |Dado\\ |Dados\\ |Daes\\ |Dan\\ |Dann\\ |Dano\\ |Daos\\ |Dar\\ |Dat\\ fiind\\ |Data\\ |Date\\ |Date\\ fiind\\ |Dati\\ |Dati\\ fiind\\ |Dato\\ |Dat\u0103\\ fiind\\b|Dau\\ |Daus\\ |Da\u0163i\\ fiind\\ |Da\u021bi\\ fiind\\ |De\\ |Den\\ youse\\ gotta\\ |Dengan\\ |Diasumsikan\\ |Diberi\\ |Diketahui\\ |Diyelim\\ ki\\ |Do\\ |Donada\\ |Donat\\ |Donc\\ |Donita\u0135o\\ |Dun\\ |Duota\\ |D\u00e1u\\ |E\\ |Eeldades\\ |Ef\\ |En\\ |Entao\\ |Entonces\\ |Ent\u00e3o\\ |Ent\u00f3n\\ |Ent\u00f3s\\ |Epi\\ |Et\\ |Et\\ qu'\\b|Et\\ que\\ |Etant\\ donn\u00e9\\ |Etant\\ donn\u00e9\\ qu'\\b|Etant\\ donn\u00e9\\ que\\ |Etant\\ donn\u00e9e\\ |Etant\\ donn\u00e9es\\ |Etant\\ donn\u00e9s\\ |E\u011fer\\ ki\\ |Fakat\\ |Gangway!\\ |Gdy\\ |Gegeben\\ sei\\ |Gegeben\\ seien\\ |Gegeven\\ |Gegewe\\ |Gitt\\ |Given\\ |Givet\\ |Givun\\ |Ha\\ |H\u0259m\\ |I\\ |I\\ CAN\\ HAZ\\ |In\\ |Ir\\ |It's\\ just\\ unbelievable\\ |Ja\\ |Je\u015bli\\ |Je\u017celi\\ |Jika\\ |Kad\\ |Kada\\ |Kadar\\ |Kai\\ |Kaj\\ |Kdy\u017e\\ |Kemudian\\ |Ketika\\ |Ke\u010f\\ |Khi\\ |Kiedy\\ |Ko\\ |Koga\\ |Komence\\ |Kui\\ |Kuid\\ |Kun\\ |Lan\\ |Le\\ |Le\\ sa\\ a\\ |Let\\ go\\ and\\ haul\\ |Logo\\ |Lorsqu'\\b|Lorsque\\ |L\u00e8\\ |L\u00e8\\ sa\\ a\\ |Ma\\ |Maar\\ |Mais\\ |Mais\\ qu'\\b|Mais\\ que\\ |Majd\\ |Maj\u0105c\\ |Maka\\ |Manawa\\ |Mas\\ |Men\\ |Menawa\\ |Mutta\\ |Nalika\\ |Nalikaning\\ |Nanging\\ |Nato\\ |Nh\u01b0ng\\ |Niin\\ |Njuk\\ |No\\ |Nuair\\ a\\b|Nuair\\ ba\\b|Nuair\\ nach\\b|Nuair\\ n\u00e1r\\b|N\u00e4r\\ |N\u00e5r\\ |N\u0259\\ vaxt\\ ki\\ |O\\ halda\\ |O\\ zaman\\ |Och\\ |Og\\ |Oletetaan\\ |Ond\\ |Onda\\ |Oraz\\ |Pak\\ |Pero\\ |Peru\\ |Per\u00f2\\ |Podano\\ |Pokia\u013e\\ |Pokud\\ |Potem\\ |Potom\\ |Privzeto\\ |Pryd\\ |Quan\\ |Quand\\ |Quando\\ |Sachant\\ |Sachant\\ qu'\\b|Sachant\\ que\\ |Se\\ |Sed\\ |Si\\ |Siis\\ |Sipoze\\ |Sipoze\\ Ke\\ |Sipoze\\ ke\\ |Soit\\ |Stel\\ |S\u00e5\\ |Tad\\ |Tada\\ |Tak\\ |Takrat\\ |Tapi\\ |Ter\\ |Tetapi\\ |Tha\\ |Tha\\ the\\ |Then\\ |Thurh\\ |Th\u00ec\\ |Toda\\ |Togash\\ |Too\\ right\\ |Tutaq\\ ki\\ |Ukoliko\\ |Un\\ |Und\\ |Ve\\ |Vendar\\ |Verilir\\ |V\u00e0\\ |V\u0259\\ |WEN\\ |Wanneer\\ |Wenn\\ |When\\ |Wtedy\\ |Wun\\ |Y\\ |Y'know\\ |Ya\\ |Yeah\\ nah\\ |Yna\\ |Youse\\ know\\ like\\ when\\ |Youse\\ know\\ when\\ youse\\ got\\ |Za\\ date\\ |Za\\ dati\\ |Za\\ dato\\ |Za\\ predpokladu\\ |Za\\ p\u0159edpokladu\\ |Zadan\\ |Zadani\\ |Zadano\\ |Zak\u0142adaj\u0105c\\ |Zak\u0142adaj\u0105c,\\ \u017ce\\ |Zaradi\\ |Zatim\\ |a\\ |an\\ |awer\\ |dann\\ |ghu'\\ noblu'\\ |latlh\\ |m\u00e4\\ |qaSDI'\\ |ugeholl\\ |vaj\\ |wann\\ |\u00c9s\\ |\u00c9tant\\ donn\u00e9\\ |\u00c9tant\\ donn\u00e9\\ qu'\\b|\u00c9tant\\ donn\u00e9\\ que\\ |\u00c9tant\\ donn\u00e9e\\ |\u00c9tant\\ donn\u00e9es\\ |\u00c9tant\\ donn\u00e9s\\ |\u00d0a\\ |\u00d0a\\ \u00f0e\\ |\u00d0urh\\ |\u00dea\\ |\u00dea\\ \u00fee\\ |\u00deegar\\ |\u00deurh\\ |\u00de\u00e1\\ |\u010ce\\ |\u015ei\\ |\u018fg\u0259r\\ |\u0218i\\ |\u038c\u03c4\u03b1\u03bd\\ |\u0391\u03bb\u03bb\u03ac\\ |\u0394\u03b5\u03b4\u03bf\u03bc\u03ad\u03bd\u03bf\u03c5\\ |\u039a\u03b1\u03b9\\ |\u03a4\u03cc\u03c4\u03b5\\ |\u0406\\ |\u0410\\ |\u0410\\ \u0442\u0430\u043a\u043e\u0436\\ |\u0410\u0433\u0430\u0440\\ |\u0410\u043b\u0435\\ |\u0410\u043b\u0438\\ |\u0410\u043c\u043c\u043e\\ |\u0410\u043d\u0445\\ |\u0411\u0438\u0440\u043e\u043a\\ |\u0412\u0430\\ |\u0412\u04d9\\ |\u0413\u044d\u0445\u0434\u044d\u044d\\ |\u0414\u0430\u0434\u0435\u043d\u0430\\ |\u0414\u0430\u0434\u0435\u043d\u043e\\ |\u0414\u0430\u043d\u043e\\ |\u0414\u043e\u043f\u0443\u0441\u0442\u0438\u043c\\ |\u0415\u0441\u043b\u0438\\ |\u0417\u0430\\ \u0434\u0430\u0442\u0435\\ |\u0417\u0430\\ \u0434\u0430\u0442\u0438\\ |\u0417\u0430\\ \u0434\u0430\u0442\u043e\\ |\u0417\u0430\u0442\u0435\u043c\\ |\u0418\\ |\u0418\u043d\u0430\u0447\u0435\\ |\u041a\\ \u0442\u043e\u043c\u0443\\ \u0436\u0435\\ |\u041a\u0430\u0434\\ |\u041a\u0430\u0434\u0430\\ |\u041a\u043e\u0433\u0430\\ |\u041a\u043e\u0433\u0430\u0442\u043e\\ |\u041a\u043e\u0433\u0434\u0430\\ |\u041a\u043e\u043b\u0438\\ |\u041b\u0435\u043a\u0438\u043d\\ |\u041b\u04d9\u043a\u0438\u043d\\ |\u041c\u04e9\u043d\\ |\u041d\u0435\u0445\u0430\u0439\\ |\u041d\u043e\\ |\u041d\u04d9\u0442\u0438\u0497\u04d9\u0434\u04d9\\ |\u041e\u043d\u0434\u0430\\ |\u041f\u0440\u0438\u043f\u0443\u0441\u0442\u0438\u043c\u043e\\ |\u041f\u0440\u0438\u043f\u0443\u0441\u0442\u0438\u043c\u043e,\\ \u0449\u043e\\ |\u041f\u0443\u0441\u0442\u044c\\ |\u0422\u0430\\ |\u0422\u0430\u043a\u0436\u0435\\ |\u0422\u043e\\ |\u0422\u043e\u0433\u0430\u0448\\ |\u0422\u043e\u0433\u0434\u0430\\ |\u0422\u043e\u0434\u0456\\ |\u0422\u044d\u0433\u044d\u0445\u044d\u0434\\ |\u0422\u044d\u0433\u044d\u044d\u0434\\ |\u0423\u043d\u0434\u0430\\ |\u0425\u0430\u0440\u0438\u043d\\ |\u0425\u044d\u0440\u044d\u0432\\ |\u042f\u043a\u0449\u043e\\ |\u04ae\u04af\u043d\u0438\u0439\\ \u0434\u0430\u0440\u0430\u0430\\ |\u04ba\u04d9\u043c\\ |\u04d8\u0433\u04d9\u0440\\ |\u04d8\u0439\u0442\u0438\u043a\\ |\u04d8\u043c\u043c\u0430\\ |\u04e8\u0433\u04e9\u0433\u0434\u0441\u04e9\u043d\\ \u043d\u044c\\ |\u0531\u057a\u0561\\ |\u0532\u0561\u0575\u0581\\ |\u0534\u056b\u0581\u0578\u0582\u0584\\ |\u0535\u0569\u0565\\ |\u0535\u057e\\ |\u0535\u0580\u0562\\ |\u05d0\u05d1\u05dc\\ |\u05d0\u05d6\\ |\u05d0\u05d6\u05d9\\ |\u05d1\u05d4\u05d9\u05e0\u05ea\u05df\\ |\u05d5\u05d2\u05dd\\ |\u05db\u05d0\u05e9\u05e8\\ |\u0622\u0646\u06af\u0627\u0647\\ |\u0627\u0630\u0627\u064b\\ |\u0627\u0645\u0627\\ |\u0627\u0648\u0631\\ |\u0627\u06af\u0631\\ |\u0628\u0627\\ \u0641\u0631\u0636\\ |\u0628\u0627\u0644\u0641\u0631\u0636\\ |\u0628\u0641\u0631\u0636\\ |\u062a\u0628\\ |\u062b\u0645\\ |\u062c\u0628\\ |\u0639\u0646\u062f\u0645\u0627\\ |\u0641\u0631\u0636\\ \u06a9\u06cc\u0627\\ |\u0644\u0643\u0646\\ |\u0644\u06cc\u06a9\u0646\\ |\u0645\u062a\u0649\\ |\u0647\u0646\u06af\u0627\u0645\u06cc\\ |\u0648\\ |\u067e\u06be\u0631\\ |\u0905\u0917\u0930\\ |\u0905\u0928\u0940\\ |\u0906\u0923\u093f\\ |\u0914\u0930\\ |\u0915\u0926\u093e\\ |\u0915\u093f\u0928\u094d\u0924\u0941\\ |\u091a\u0942\u0902\u0915\u093f\\ |\u091c\u092c\\ |\u091c\u0930\\b|\u091c\u0947\u0935\u094d\u0939\u093e\\ |\u0924\u0925\u093e\\ |\u0924\u0926\u093e\\ |\u0924\u092c\\ |\u0924\u0930\\ |\u0924\u0938\u0947\u091a\\ |\u0924\u0947\u0935\u094d\u0939\u093e\\ |\u0924\u094d\u092f\u0938\u092a\u091b\u093f\\ |\u0926\u093f\u0907\u090f\u0915\u094b\\ |\u0926\u093f\u090f\u0915\u094b\\ |\u0926\u093f\u0932\u0947\u0932\u094d\u092f\u093e\\ \u092a\u094d\u0930\u092e\u093e\u0923\u0947\\ |\u092a\u0923\\ |\u092a\u0930\\ |\u092a\u0930\u0902\u0924\u0941\\ |\u092a\u0930\u0928\u094d\u0924\u0941\\ |\u092e\u0917\\ |\u092f\u0926\u093f\\ |\u0930\\ |\u0a05\u0a24\u0a47\\ |\u0a1c\u0a26\u0a4b\u0a02\\ |\u0a1c\u0a3f\u0a35\u0a47\u0a02\\ \u0a15\u0a3f\\ |\u0a1c\u0a47\u0a15\u0a30\\ |\u0a24\u0a26\\ |\u0a2a\u0a30\\ |\u0a85\u0aa8\u0ac7\\ |\u0a86\u0aaa\u0ac7\u0ab2\\ \u0a9b\u0ac7\\ |\u0a95\u0acd\u0aaf\u0abe\u0ab0\u0ac7\\ |\u0aaa\u0a9b\u0ac0\\ |\u0aaa\u0aa3\\ |\u0b85\u0baa\u0bcd\u0baa\u0bc6\u0bbe\u0bb4\u0bc1\u0ba4\u0bc1\\ |\u0b86\u0ba9\u0bbe\u0bb2\u0bcd\\ \\ |\u0b8e\u0baa\u0bcd\u0baa\u0bc7\u0bbe\u0ba4\u0bc1\\ |\u0b95\u0bc6\u0bbe\u0b9f\u0bc1\u0b95\u0bcd\u0b95\u0baa\u0bcd\u0baa\u0b9f\u0bcd\u0b9f\\ |\u0bae\u0bb1\u0bcd\u0bb1\u0bc1\u0bae\u0bcd\\ |\u0bae\u0bc7\u0bb2\u0bc1\u0bae\u0bcd\\ \\ |\u0c05\u0c2a\u0c4d\u0c2a\u0c41\u0c21\u0c41\\ |\u0c08\\ \u0c2a\u0c30\u0c3f\u0c38\u0c4d\u0c25\u0c3f\u0c24\u0c3f\u0c32\u0c4b\\ |\u0c15\u0c3e\u0c28\u0c3f\\ |\u0c1a\u0c46\u0c2a\u0c4d\u0c2a\u0c2c\u0c21\u0c3f\u0c28\u0c26\u0c3f\\ |\u0c2e\u0c30\u0c3f\u0c2f\u0c41\\ |\u0c86\u0ca6\u0cb0\u0cc6\\ |\u0ca8\u0c82\u0ca4\u0cb0\\ |\u0ca8\u0cbf\u0cd5\u0ca1\u0cbf\u0ca6\\ |\u0cae\u0ca4\u0ccd\u0ca4\u0cc1\\ |\u0cb8\u0ccd\u0ca5\u0cbf\u0ca4\u0cbf\u0caf\u0ca8\u0ccd\u0ca8\u0cc1\\ |\u0e01\u0e33\u0e2b\u0e19\u0e14\u0e43\u0e2b\u0e49\\ |\u0e14\u0e31\u0e07\u0e19\u0e31\u0e49\u0e19\\ |\u0e40\u0e21\u0e37\u0e48\u0e2d\\ |\u0e41\u0e15\u0e48\\ |\u0e41\u0e25\u0e30\\ |\u10d3\u10d0\\b|\u10db\u10d0\u10d2\u00ad\u10e0\u10d0\u10db\\b|\u10db\u10d0\u10e8\u10d8\u10dc\\b|\u10db\u10dd\u10ea\u10d4\u10db\u10e3\u10da\u10d8\\b|\u10e0\u10dd\u10d3\u10d4\u10e1\u10d0\u10ea\\b|\u304b\u3064\\b|\u3057\u304b\u3057\\b|\u305f\u3060\u3057\\b|\u306a\u3089\u3070\\b|\u3082\u3057\\b|\u4e26\u4e14\\b|\u4f46\u3057\\b|\u4f46\u662f\\b|\u5047\u5982\\b|\u5047\u5b9a\\b|\u5047\u8a2d\\b|\u5047\u8bbe\\b|\u524d\u63d0\\b|\u540c\u65f6\\b|\u540c\u6642\\b|\u5e76\u4e14\\b|\u5f53\\b|\u7576\\b|\u800c\u4e14\\b|\u90a3\u4e48\\b|\u90a3\u9ebc\\b|\uadf8\ub7ec\uba74\\b|\uadf8\ub9ac\uace0\\b|\ub2e8\\b|\ub9cc\uc57d\\b|\ub9cc\uc77c\\b|\uba3c\uc800\\b|\uc870\uac74\\b|\ud558\uc9c0\ub9cc\\b|\ud83c\udfac\\b|\ud83d\ude02\\b|\ud83d\ude10\\b|\ud83d\ude14\\b|\ud83d\ude4f\\b", (lx, m) -> {
                  lx.token(NAME_FUNCTION);
                  lx.resetStack();
                  lx.push("step");
                }));
    b.state(
        "has_table",
        s ->
            s.rule("(?=[|])", (lx, m) -> {
                  lx.push("table_header");
                }));
    b.state(
        "table_header",
        s ->
            s.rule("[^|\\s]+", NAME_VARIABLE)
                .rule("\\n", (lx, m) -> {
                  lx.token(TEXT);
                  lx.gotoState("table");
                })
                .mixin("table"));
    b.state(
        "table",
        s ->
            s.mixin("basic")
                .rule("\\n", TEXT, "table_bol")
                .rule("[|]", PUNCTUATION)
                .rule("[^|\\s]+", NAME));
    b.state(
        "table_bol",
        s ->
            s.rule("(?=\\s*[^\\s|])", (lx, m) -> {
                  lx.resetStack();
                })
                .rule("", (lx, m) -> {
                  lx.pop();
                }));
    b.state(
        "description",
        s ->
            s.mixin("basic")
                .mixin("has_examples")
                .rule("\\n", TEXT)
                .rule(".*?(?=[#\\n])", TEXT));
    b.state(
        "feature_description",
        s ->
            s.mixin("basic")
                .mixin("has_scenarios")
                .rule("\\n", TEXT)
                .rule(".*?(?=[#\\n])", TEXT));
    b.state(
        "example_description",
        s ->
            s.mixin("basic")
                .mixin("has_table")
                .rule("\\n", TEXT)
                .rule(".*?(?=[#\\n])", TEXT));
    b.state(
        "step",
        s ->
            s.mixin("basic")
                .rule("<.*?>", NAME_VARIABLE)
                .rule("\".*?\"", STRING)
                .rule("\\S[^\\s<]*", TEXT)
                .rule(".*?(?=[#\\n])", TEXT, POP));
    return b.build();
  }
}
