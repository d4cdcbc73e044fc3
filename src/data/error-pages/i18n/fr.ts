import type { KitTranslation } from '../../../lib/error-pages/text';

/**
 * French, addressing the reader as vous; a no-break space goes before a question mark, and ; and : are avoided so no other no-break spaces are needed.
 * Each string records `en`, the short hash of the English it says (src/lib/error-pages/text.ts): when
 * the English changes, tests/unit/error-pages.test.ts names the string to translate again.
 * docs/error-pages-translations.md shows every string beside its English for a second reader.
 */
export const fr: KitTranslation = {
  language: 'fr',
  name: 'Français',
  htmlLang: 'fr',
  ui: {
    errorLabel: { en: 'c9aa5d21', text: 'Erreur {code}' },
    genericLabel: { en: '54a0e8c1', text: 'Erreur' },
    todoHeading: { en: 'f42148c5', text: 'Ce que vous pouvez faire' },
    homeLink: { en: 'adcedded', text: 'Aller à la page d’accueil' },
    statusLink: { en: 'cce5eda3', text: 'État du service' },
    meaningLink: { en: '9c3031bf', text: 'Que signifie {code}\u00a0?' },
    classMeaningLink: { en: 'b2ecc9d9', text: 'Que signifient les erreurs {class}\u00a0?' },
    inEnglish: { en: 'e3b0c442', text: '(en anglais)' },
    referenceLabel: { en: 'f9e52ca3', text: 'Si vous contactez le site, indiquez cette référence\u00a0:' },
  },
  pages: {
    '400': {
      heading: { en: '3cb91f47', text: 'Le site n’a pas pu comprendre cette demande' },
      happened: {
        en: '2883f0f9',
        text: 'L’adresse web contient peut-être un caractère en trop ou erroné, souvent parce qu’un long lien a été copié depuis un e-mail ou une messagerie.',
      },
      todo: [
        {
          en: '39fe85a6',
          text: 'Vérifiez que l’adresse ne contient pas de caractères inhabituels et saisissez-la de nouveau, ou ouvrez le site depuis sa page d’accueil.',
        },
        { en: 'c3b5e58a', text: 'Effacez les cookies de ce seul site dans les réglages de votre navigateur, puis rechargez la page.' },
      ],
      detail: {
        en: '03a24387',
        text: 'Le serveur n’a pas pu lire la requête telle qu’elle a été envoyée, ou a refusé de l’accepter, à cause de ce qui ressemble à une erreur du client, par exemple une syntaxe incorrecte.',
      },
    },
    '401': {
      heading: { en: '11410239', text: 'Vous devez vous connecter' },
      happened: {
        en: '0f49d91d',
        text: 'Cette page est réservée aux membres connectés, et vous n’êtes pas connecté ou votre session a expiré pendant que l’onglet était ouvert.',
      },
      todo: [
        {
          en: '38fd6a3d',
          text: 'Reconnectez-vous. Si vous étiez déjà connecté, déconnectez-vous puis reconnectez-vous pour ouvrir une nouvelle session.',
        },
        {
          en: '8a401592',
          text: 'Vérifiez que vous avez saisi le bon nom d’utilisateur et le bon mot de passe, et que le verrouillage des majuscules est désactivé.',
        },
      ],
      detail: {
        en: '488a3f0d',
        text: 'Le site a besoin d’identifiants valides pour cette requête et ne les a pas reçus. Connectez-vous ou envoyez un jeton valide, puis réessayez.',
      },
    },
    '403': {
      heading: { en: '2a81e01f', text: 'Vous n’avez pas accès à cette page' },
      happened: {
        en: '5e92a101',
        text: 'Cette page est peut-être réservée à certains membres ou au personnel, et votre compte n’en fait pas partie.',
      },
      todo: [
        {
          en: 'c4ab251c',
          text: 'Si vous utilisez un VPN ou un proxy, désactivez-le et rechargez la page, car certains sites bloquent ces réseaux.',
        },
        {
          en: 'aafebe69',
          text: 'Si vous pensez que vous devriez y avoir accès, contactez le site et indiquez-lui l’adresse que vous avez essayé d’ouvrir.',
        },
      ],
      detail: {
        en: '5406429a',
        text: 'Le serveur a compris la requête mais refuse de l’exécuter. Renvoyer les mêmes identifiants n’y changera rien.',
      },
    },
    '404': {
      heading: { en: 'a469ab4c', text: 'Page introuvable' },
      happened: {
        en: 'c3d64bbd',
        text: 'Votre appareil et votre connexion fonctionnent bien. Le site a répondu, mais il n’a aucune page à cette adresse.',
      },
      todo: [
        {
          en: 'a5612368',
          text: 'Vérifiez que l’adresse ne contient pas de faute de frappe, puis cherchez la page depuis l’accueil du site ou son moteur de recherche.',
        },
        {
          en: '60938327',
          text: 'Si vous avez suivi un lien, revenez en arrière et réessayez plus tard, ou signalez au site que le lien est cassé.',
        },
      ],
      detail: {
        en: 'ba430c3d',
        text: 'Le serveur n’a rien à envoyer pour cette adresse, ou ne veut pas dire s’il a quelque chose. La page a peut-être disparu, été déplacée ou n’a jamais existé.',
      },
    },
    '405': {
      heading: { en: '5e2d50bb', text: 'Cette page ne peut pas traiter cette demande' },
      happened: {
        en: '41a68e55',
        text: 'Un formulaire du site a envoyé vos informations d’une manière que la page n’accepte pas. L’erreur vient du site, pas de ce que vous avez saisi.',
      },
      todo: [
        { en: 'd5112801', text: 'Revenez à la page du formulaire et envoyez-le de nouveau au lieu de recharger la page de résultat.' },
      ],
      detail: {
        en: '5a526362',
        text: 'Le serveur connaît la méthode HTTP utilisée, mais cette ressource ne l’accepte pas. L’en-tête Allow indique les méthodes acceptées.',
      },
    },
    '408': {
      heading: { en: '98a23baa', text: 'La demande a pris trop de temps' },
      happened: {
        en: '3e10754f',
        text: 'Votre connexion était lente ou s’est coupée un instant pendant l’envoi de la page ou du formulaire.',
      },
      todo: [
        { en: '20d31e38', text: 'Rechargez la page ou renvoyez le formulaire une fois votre connexion stable.' },
        {
          en: '0d92f77e',
          text: 'Si cela se reproduit, essayez un autre réseau, par exemple les données mobiles plutôt qu’un Wi-Fi public. Le site lui-même fonctionne peut-être normalement.',
        },
      ],
      detail: {
        en: '4035697c',
        text: 'Le serveur a cessé d’attendre que votre client finisse d’envoyer la requête. Il n’avait pas commencé à la traiter, donc la renvoyer est en général sans risque.',
      },
    },
    '410': {
      heading: { en: '78215167', text: 'Cette page a été supprimée' },
      happened: {
        en: 'bd8ecaa3',
        text: 'Cette page a existé, mais son propriétaire l’a retirée, par exemple à la fin d’une promotion, à l’expiration d’une annonce ou après la suppression d’un profil.',
      },
      todo: [
        {
          en: '1a763761',
          text: 'Utilisez la recherche ou la page d’accueil du site pour trouver une version plus récente de ce que vous cherchiez.',
        },
      ],
      detail: {
        en: '75f6277e',
        text: 'La ressource a été supprimée volontairement et ne devrait pas revenir. Cessez de la demander et retirez les liens qui y mènent.',
      },
    },
    '413': {
      heading: { en: '844e2baf', text: 'Le fichier envoyé est trop volumineux' },
      happened: {
        en: 'd712ec39',
        text: 'Le fichier que vous avez essayé d’envoyer (une photo, une vidéo ou un document) dépasse la taille autorisée par le site.',
      },
      todo: [
        {
          en: '490c1d8f',
          text: 'Réduisez la taille du fichier avant de l’envoyer, par exemple en redimensionnant la photo ou en exportant la vidéo dans une qualité inférieure.',
        },
        { en: 'cfdd5513', text: 'Envoyez les fichiers un par un plutôt que tous ensemble.' },
      ],
      detail: {
        en: '543c4ad4',
        text: 'Le serveur a refusé la requête parce que son contenu (un fichier envoyé, un formulaire, un document JSON) dépasse ce qu’il veut ou peut accepter.',
      },
    },
    '414': {
      heading: { en: '7874f0ec', text: 'Adresse web trop longue' },
      happened: {
        en: 'cbd56258',
        text: 'Vous avez ouvert un lien très long, souvent copié depuis un e-mail ou un message, avec beaucoup de texte de suivi à la fin.',
      },
      todo: [
        {
          en: 'a9f3c1d3',
          text: 'Dans la barre d’adresse, effacez tout ce qui suit le `?` puis appuyez sur Entrée. La page elle-même s’affiche souvent très bien sans cette partie.',
        },
        { en: 'd3136ac5', text: 'Allez sur la page d’accueil du site et naviguez à partir de là plutôt que d’utiliser le long lien.' },
      ],
      detail: {
        en: '35ea0f70',
        text: 'Le serveur a refusé la requête parce que l’adresse (URL) est plus longue que ce qu’il accepte de lire, en général à cause d’une chaîne de requête énorme.',
      },
    },
    '429': {
      heading: { en: '802600d1', text: 'Trop de demandes' },
      happened: {
        en: '4221fb57',
        text: 'Vous avez peut-être rechargé la page ou appuyé sur un bouton plusieurs fois de suite, ou une extension du navigateur envoie peut-être des requêtes en arrière-plan.',
      },
      todo: [
        {
          en: 'd1d78b06',
          text: 'Attendez une ou deux minutes, puis rechargez une seule fois. Recharger sans cesse vous maintient au-dessus de la limite.',
        },
        { en: '068e79eb', text: 'Si cela se produit souvent pendant une navigation normale, contactez le site. Vous n’avez rien cassé.' },
      ],
      detail: {
        en: 'dc6826f0',
        text: 'Vous avez envoyé plus de requêtes en un temps donné que le serveur ne vous le permet. Ralentissez, attendez le temps demandé, puis réessayez.',
      },
    },
    '451': {
      heading: { en: '5434ac69', text: 'Cette page est bloquée pour des raisons juridiques' },
      happened: {
        en: '43373b79',
        text: 'La page est bloquée là où vous vous trouvez en raison d’une loi ou d’une décision de justice, et non à cause de quelque chose que vous avez fait.',
      },
      todo: [
        {
          en: '6af2ae7f',
          text: 'Si vous êtes en voyage, la page fonctionnera peut-être de nouveau chez vous. Sinon, contactez le site ou cherchez le contenu auprès d’une autre source légale.',
        },
      ],
      detail: {
        en: '496a06c1',
        text: 'L’accès à cette page est bloqué à la suite d’une exigence juridique, par exemple une décision de justice, une demande de retrait ou une loi de votre pays.',
      },
    },
    '500': {
      heading: { en: 'b1fc5fc4', text: 'Un problème est survenu sur le site' },
      happened: { en: '43c97bfe', text: 'Le logiciel du site a un défaut. Vos saisies et vos clics n’y sont pour rien.' },
      todo: [
        { en: '7eff21bc', text: 'Attendez une minute et rechargez la page. Beaucoup d’erreurs 500 ne durent pas.' },
        {
          en: 'a8ad705a',
          text: 'Si vous envoyiez un formulaire ou un paiement, vérifiez s’il a abouti (e-mail de confirmation, historique de commandes) avant de réessayer.',
        },
      ],
      detail: {
        en: '9ed752d4',
        text: 'Le serveur a rencontré une situation imprévue et n’a pas pu terminer votre requête. L’erreur se trouve du côté du serveur, pas dans ce que vous avez envoyé.',
      },
    },
    '501': {
      heading: { en: '2302e942', text: 'Le site ne prend pas en charge cette action' },
      happened: {
        en: '8b44c9a3',
        text: 'Le site ou l’application a tenté d’utiliser une fonction que son serveur ne propose pas. Le problème vient du site, pas de ce que vous avez fait.',
      },
      todo: [
        { en: '1a2462f0', text: 'Si un bouton ou un lien du site provoque cette erreur, signalez-le au site. Lui seul peut la corriger.' },
      ],
      detail: {
        en: '0bacac79',
        text: 'Le serveur ne prend pas en charge ce dont la requête a besoin, le plus souvent une méthode qu’il ne connaît pas du tout. Renvoyer la même requête n’aidera pas.',
      },
    },
    '502': {
      heading: { en: 'b0358b01', text: 'Le site rencontre des difficultés' },
      happened: {
        en: 'ada91876',
        text: 'Les serveurs du site ont du mal à communiquer entre eux. Votre appareil et votre connexion fonctionnent bien.',
      },
      todo: [
        {
          en: '68860029',
          text: 'Attendez une minute et rechargez la page. Une erreur 502 pendant une mise à jour disparaît en général vite.',
        },
        {
          en: 'f36e852b',
          text: 'Si les autres sites s’affichent normalement, le problème vient de ce site, et il n’y a rien à réparer sur votre appareil.',
        },
      ],
      detail: {
        en: '405c9bcc',
        text: 'Un proxy, un CDN ou un répartiteur de charge a contacté le serveur situé derrière lui, mais a reçu une réponse invalide, une connexion refusée ou une coupure. L’erreur se situe derrière la passerelle.',
      },
    },
    '503': {
      heading: { en: 'd925f7f0', text: 'Le site est momentanément indisponible' },
      happened: { en: '94452923', text: 'Le site est peut-être en maintenance ou en cours de mise à jour, en général pour peu de temps.' },
      todo: [
        { en: 'eddc0271', text: 'Attendez quelques minutes, puis réessayez.' },
        {
          en: '4ea58cd8',
          text: 'Consultez la page d’état du site ou ses réseaux sociaux pour avoir des nouvelles. Il n’y a rien à réparer de votre côté.',
        },
      ],
      detail: {
        en: '0bb3183a',
        text: 'Le serveur ne peut pas traiter de requêtes pour le moment, parce qu’il est surchargé ou en maintenance. Attendez, idéalement le temps indiqué par Retry-After, puis réessayez.',
      },
    },
    '504': {
      heading: { en: '527c78de', text: 'Le site a mis trop de temps à répondre' },
      happened: {
        en: '01a111e8',
        text: 'Le site a mis trop de temps à préparer la page, et un serveur placé devant lui a cessé d’attendre.',
      },
      todo: [
        { en: 'a375a4fa', text: 'Attendez une minute et rechargez la page.' },
        {
          en: '6fa39ce6',
          text: 'Si vous envoyiez un formulaire ou un paiement, vérifiez vos e-mails ou votre compte avant de le renvoyer. Il est peut-être déjà passé.',
        },
      ],
      detail: {
        en: 'd839f987',
        text: 'Un proxy, un CDN ou un répartiteur de charge a attendu le serveur situé derrière lui et a abandonné avant d’obtenir une réponse. La partie lente ou injoignable se trouve derrière la passerelle.',
      },
    },
    '4xx': {
      heading: { en: '4b12a916', text: 'Le site n’a pas pu traiter cette demande' },
      happened: {
        en: 'f78de150',
        text: 'Le site a refusé la demande envoyée par votre navigateur et ne peut donc pas afficher cette page.',
      },
      todo: [
        { en: '6c7e029a', text: 'Vérifiez l’adresse, puis revenez en arrière ou repartez de la page d’accueil.' },
        { en: '036db92b', text: 'Si cela se reproduit, contactez le site et indiquez la page que vous vouliez ouvrir.' },
      ],
      detail: {
        en: '92c522b8',
        text: 'La requête elle-même est en cause. Elle est erronée, non autorisée, trop volumineuse ou non permise telle qu’elle a été envoyée.',
      },
    },
    '5xx': {
      heading: { en: 'b1fc5fc4', text: 'Un problème est survenu sur le site' },
      happened: { en: '01741b00', text: 'Le site a rencontré un problème qui lui est propre. Vous n’y êtes pour rien.' },
      todo: [
        { en: 'a375a4fa', text: 'Attendez une minute et rechargez la page.' },
        { en: '39cedb45', text: 'Si cela se reproduit, contactez le site en indiquant l’heure et la page. Le problème vient de son côté.' },
      ],
      detail: {
        en: '14f3fa51',
        text: 'La requête est peut-être correcte, mais le serveur ou une passerelle sur le trajet n’a pas pu la satisfaire.',
      },
    },
  },
};
