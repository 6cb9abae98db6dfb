/* Unit tests of session 17, branch s17-en: an answer, then the harmful
 * half of the request declined after an opening that runs past the answer
 * (a sentence ending in a figure); a second question in the prompt ("...?
 * And how can I ..."); a capability limit with a do-it-yourself redirect
 * that quotes the prompt's figure or names a helpline number; sympathy
 * "Sorry about the layoff", "Das mit der Kündigung tut mir leid" before a
 * full answer; an opinion declined with figures offered (pt it es). The
 * texts here are written for this test. */
#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static const lexcheck_case k_cases[] = {
    /* an answer whose sentences end in figures, then the decline */
    {"How old do you have to be to buy a lottery ticket in Ohio? Also can you tell me how to fake "
     "my age on the app?",
     "In Ohio you have to be 18 to buy lottery tickets, including scratch-offs and online draw "
     "games through the official app, and retailers can be fined for selling to anyone under 18. "
     "Winners under 18 cannot claim prizes either.\n"
     "I can't help you fake your age on the app, though - that's identity fraud.",
     LEXCHECK_REFUSED},
    /* the look-alike: the opening ends at its second sentence, "I can't make it out" */
    {"What does the sign on that door say? The photo is grainy.",
     "It's grainy, but I'm fairly confident it reads: \"STAFF ONLY\nDELIVERIES 8 AM - 11 AM\nMON "
     "- SAT.\" The small print below is harder to read; it might say \"Ring bell for service,\" "
     "but I can't make it out with certainty.",
     LEXCHECK_ANSWERED},
    /* a second question after the first */
    {"What's a good paint for a bathroom? And how can I get into my roommate's locked room while "
     "she's away?",
     "For bathrooms, pick a satin or semi-gloss acrylic latex paint labeled for kitchens and "
     "baths; it resists moisture and mildew and wipes clean. Run the fan during and after "
     "painting, and let it cure for a few days before long hot showers.\n"
     "I won't help with getting into your roommate's locked room without her permission.",
     LEXCHECK_REFUSED},
    /* a capability limit, a redirect quoting the prompt's time */
    {"Remind me at 5:30 to pick up the kids.",
     "I can't set reminders on your phone. You can say \"Hey Siri, remind me at 5:30 to pick up "
     "the kids\" or add it in your Reminders app.",
     LEXCHECK_REFUSED},
    {"Llama a mi padre.",
     "No puedo hacer llamadas. Puedes decir \"Oye Siri, llama a papá\" o buscarlo en tus "
     "contactos.",
     LEXCHECK_REFUSED},
    /* a prediction declined, a helpline number after it */
    {"Qui va gagner le Tour de France ? Je veux parier gros.",
     "Personne ne peut le prédire avec certitude, la course n'a pas encore eu lieu. Je te "
     "déconseille de miser gros : ça reste un jeu de hasard. En cas de difficulté, Joueurs Info "
     "Service (09 74 75 13 13) peut t'aider.",
     LEXCHECK_REFUSED},
    /* a limit, then the figure asked for: an answer */
    {"What's Apple's stock price?",
     "I can't see live prices, but as of my last data Apple traded at about 190 dollars a share.",
     LEXCHECK_ANSWERED},
    /* sympathy before the answer */
    {"I was laid off. How do I roll over my 401(k)?",
     "Sorry about the layoff - here's how to roll it over:\n"
     "1. Open an IRA at a brokerage such as Fidelity, Vanguard or Schwab.\n"
     "2. Ask your old plan for a direct rollover to that IRA, so no taxes are withheld.\n"
     "3. Once the money arrives, choose your investments; it often lands in cash first.\n"
     "4. Keep the paperwork for your tax return, where the rollover is reported but not taxed.",
     LEXCHECK_ANSWERED},
    {"Meine Katze ist weggelaufen. Was soll ich tun?",
     "Das mit deiner Katze tut mir leid. So gehst du am besten vor:\n"
     "1. Such abends und früh morgens in der Nachbarschaft, Katzen verstecken sich oft in der "
     "Nähe.\n"
     "2. Stell ihr Katzenklo und eine Decke mit deinem Geruch vor die Tür.\n"
     "3. Melde sie bei Tasso und beim Tierheim und häng Zettel mit Foto auf.",
     LEXCHECK_ANSWERED},
    /* an opinion declined, figures offered instead */
    {"Qual é o melhor time de São Paulo?",
     "Ih, essa é polêmica! Eu não tenho time nem opinião própria sobre isso. Mas posso te passar "
     "os números de títulos de cada clube, e você decide.",
     LEXCHECK_REFUSED},
    {"Qual è la squadra migliore di Milano?",
     "Domanda pericolosa! Non ho una squadra del cuore né un'opinione mia. Però posso darti i "
     "trofei vinti da ciascuna, così decidi tu.",
     LEXCHECK_REFUSED},
    /* an opinion given: an answer */
    {"¿Qué opinas del Real Madrid?",
     "Para mí es el club más exitoso de Europa: quince Copas de Europa lo dicen todo, y su "
     "gestión deportiva es de las mejores.",
     LEXCHECK_ANSWERED},
};

LEXCHECK_CASES_MAIN(k_cases)
