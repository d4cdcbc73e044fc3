import type { KitTranslation } from '../../../lib/error-pages/text';

/**
 * Spanish for readers in Spain and the Americas alike: usted, and words both use (video, not vídeo).
 * Each string records `en`, the short hash of the English it says (src/lib/error-pages/text.ts): when
 * the English changes, tests/unit/error-pages.test.ts names the string to translate again.
 * docs/error-pages-translations.md shows every string beside its English for a second reader.
 */
export const es: KitTranslation = {
  language: 'es',
  name: 'Español',
  htmlLang: 'es',
  ui: {
    errorLabel: { en: 'c9aa5d21', text: 'Error {code}' },
    genericLabel: { en: '54a0e8c1', text: 'Error' },
    todoHeading: { en: 'f42148c5', text: 'Qué puede hacer' },
    homeLink: { en: 'adcedded', text: 'Ir a la página de inicio' },
    statusLink: { en: 'cce5eda3', text: 'Estado del servicio' },
    meaningLink: { en: '9c3031bf', text: '¿Qué significa {code}?' },
    classMeaningLink: { en: 'b2ecc9d9', text: '¿Qué significan los errores {class}?' },
    inEnglish: { en: 'e3b0c442', text: '(en inglés)' },
    referenceLabel: { en: 'f9e52ca3', text: 'Si se pone en contacto con el sitio, indique esta referencia:' },
  },
  pages: {
    '400': {
      heading: { en: '3cb91f47', text: 'El sitio no pudo leer esta solicitud' },
      happened: {
        en: '2883f0f9',
        text: 'Puede que la dirección web contenga un carácter de más o incorrecto, a menudo por haber copiado un enlace largo de un correo o un chat.',
      },
      todo: [
        {
          en: '39fe85a6',
          text: 'Revise si la dirección tiene caracteres extraños y vuelva a escribirla, o abra el sitio desde su página de inicio.',
        },
        {
          en: 'c3b5e58a',
          text: 'Borre las cookies de este sitio, y solo de este, en la configuración del navegador y vuelva a cargar la página.',
        },
      ],
      detail: {
        en: '03a24387',
        text: 'El servidor no pudo leer la solicitud tal como se envió, o no quiso aceptarla, por algo que parece un error del cliente, como una sintaxis incorrecta.',
      },
    },
    '401': {
      heading: { en: '11410239', text: 'Tiene que iniciar sesión' },
      happened: {
        en: '0f49d91d',
        text: 'Esta página es solo para miembros con sesión iniciada, y usted no la ha iniciado o su sesión caducó mientras la pestaña estaba abierta.',
      },
      todo: [
        {
          en: '38fd6a3d',
          text: 'Vuelva a iniciar sesión. Si ya la tenía iniciada, ciérrela y vuelva a entrar para empezar una sesión nueva.',
        },
        {
          en: '8a401592',
          text: 'Compruebe que escribió bien el nombre de usuario y la contraseña, con el bloqueo de mayúsculas desactivado.',
        },
      ],
      detail: {
        en: '488a3f0d',
        text: 'El sitio necesita credenciales válidas para esta solicitud y no las recibió; inicie sesión o envíe un token válido y vuelva a intentarlo.',
      },
    },
    '403': {
      heading: { en: '2a81e01f', text: 'No tiene acceso a esta página' },
      happened: {
        en: '5e92a101',
        text: 'Puede que la página sea solo para ciertos miembros o para el personal, y su cuenta no esté entre ellos.',
      },
      todo: [
        {
          en: 'c4ab251c',
          text: 'Si usa una VPN o un proxy, desactívelo y vuelva a cargar la página, porque algunos sitios bloquean esas redes.',
        },
        {
          en: 'aafebe69',
          text: 'Si cree que debería tener acceso, póngase en contacto con el sitio e indique la dirección que intentó abrir.',
        },
      ],
      detail: {
        en: '5406429a',
        text: 'El servidor entendió la solicitud y se niega a llevarla a cabo; enviar de nuevo las mismas credenciales no cambiará eso.',
      },
    },
    '404': {
      heading: { en: 'a469ab4c', text: 'Página no encontrada' },
      happened: {
        en: 'c3d64bbd',
        text: 'Su dispositivo y su conexión funcionan bien: el sitio respondió, pero no tiene ninguna página en esa dirección.',
      },
      todo: [
        {
          en: 'a5612368',
          text: 'Revise si hay errores de escritura en la dirección y después busque la página desde la página de inicio o el buscador del sitio.',
        },
        {
          en: '60938327',
          text: 'Si llegó por un enlace, vuelva atrás e inténtelo más tarde, o avise al sitio de que el enlace no funciona.',
        },
      ],
      detail: {
        en: 'ba430c3d',
        text: 'El servidor no tiene nada que enviar para esta dirección, o no quiere decir si lo tiene; puede que la página ya no esté, que se haya movido o que no haya existido nunca.',
      },
    },
    '405': {
      heading: { en: '5e2d50bb', text: 'Esta página no puede atender esa solicitud' },
      happened: {
        en: '41a68e55',
        text: 'Un formulario del sitio envió sus datos de una forma que la página no acepta. El fallo es del sitio, no de lo que usted escribió.',
      },
      todo: [
        { en: 'd5112801', text: 'Vuelva a la página del formulario y envíelo de nuevo en lugar de recargar la página de resultados.' },
      ],
      detail: {
        en: '5a526362',
        text: 'El servidor conoce el método HTTP usado, pero este recurso no lo acepta; la cabecera Allow indica los métodos que sí acepta.',
      },
    },
    '408': {
      heading: { en: '98a23baa', text: 'La solicitud tardó demasiado' },
      happened: { en: '3e10754f', text: 'Su conexión fue lenta o se cortó un momento mientras se enviaba la página o el formulario.' },
      todo: [
        { en: '20d31e38', text: 'Vuelva a cargar la página o envíe de nuevo el formulario cuando su conexión sea estable.' },
        {
          en: '0d92f77e',
          text: 'Si vuelve a ocurrir, pruebe con otra red, por ejemplo los datos móviles en lugar de una red wifi pública. Puede que el sitio funcione bien.',
        },
      ],
      detail: {
        en: '4035697c',
        text: 'El servidor dejó de esperar a que su cliente terminara de enviar la solicitud; aún no había empezado a procesarla, así que volver a enviarla suele ser seguro.',
      },
    },
    '410': {
      heading: { en: '78215167', text: 'Esta página se ha eliminado' },
      happened: {
        en: 'bd8ecaa3',
        text: 'La página existió, pero su responsable la retiró, por ejemplo por una promoción terminada, un anuncio caducado o un perfil borrado.',
      },
      todo: [
        {
          en: '1a763761',
          text: 'Use el buscador o la página de inicio del sitio para encontrar una versión más reciente de lo que buscaba.',
        },
      ],
      detail: {
        en: '75f6277e',
        text: 'El recurso se eliminó a propósito y no se espera que vuelva; deje de solicitarlo y quite los enlaces que llevan a él.',
      },
    },
    '413': {
      heading: { en: '844e2baf', text: 'El archivo es demasiado grande' },
      happened: {
        en: 'd712ec39',
        text: 'El archivo que intentó subir (una foto, un video o un documento) es más grande de lo que permite el sitio.',
      },
      todo: [
        {
          en: '490c1d8f',
          text: 'Reduzca el archivo antes de subirlo, por ejemplo cambiando el tamaño de la foto o exportando el video con menor calidad.',
        },
        { en: 'cfdd5513', text: 'Suba los archivos de uno en uno en lugar de todos juntos.' },
      ],
      detail: {
        en: '543c4ad4',
        text: 'El servidor rechazó la solicitud porque su contenido (un archivo subido, un formulario, un documento JSON) es más grande de lo que quiere o puede aceptar.',
      },
    },
    '414': {
      heading: { en: '7874f0ec', text: 'Dirección web demasiado larga' },
      happened: {
        en: 'cbd56258',
        text: 'Abrió un enlace muy largo, a menudo copiado de un correo o un mensaje, con mucho texto de seguimiento al final.',
      },
      todo: [
        {
          en: 'a9f3c1d3',
          text: 'Borre todo lo que va después del `?` en la barra de direcciones y pulse Intro; muchas veces la página carga bien sin esa parte.',
        },
        { en: 'd3136ac5', text: 'Vaya a la página de inicio del sitio y navegue desde allí en lugar de usar el enlace largo.' },
      ],
      detail: {
        en: '35ea0f70',
        text: 'El servidor rechazó la solicitud porque la dirección (URL) es más larga de lo que está dispuesto a leer, normalmente por una cadena de consulta enorme.',
      },
    },
    '429': {
      heading: { en: '802600d1', text: 'Demasiadas solicitudes' },
      happened: {
        en: '4221fb57',
        text: 'Puede que haya recargado la página o pulsado un botón muchas veces seguidas, o que una extensión del navegador esté enviando solicitudes en segundo plano.',
      },
      todo: [
        {
          en: 'd1d78b06',
          text: 'Espere uno o dos minutos y recargue una sola vez. Recargar una y otra vez le mantiene por encima del límite.',
        },
        { en: '068e79eb', text: 'Si le pasa a menudo navegando con normalidad, póngase en contacto con el sitio. Usted no ha roto nada.' },
      ],
      detail: {
        en: 'dc6826f0',
        text: 'Ha enviado más solicitudes en un tiempo dado de las que el servidor le permite; vaya más despacio, espere lo que se le pida y vuelva a intentarlo.',
      },
    },
    '451': {
      heading: { en: '5434ac69', text: 'Esta página está bloqueada por motivos legales' },
      happened: {
        en: '43373b79',
        text: 'La página está bloqueada donde usted se encuentra por una ley o una orden judicial, no por algo que usted haya hecho.',
      },
      todo: [
        {
          en: '6af2ae7f',
          text: 'Si está de viaje, puede que la página vuelva a funcionar en casa. Si no, póngase en contacto con el sitio o busque el contenido en otra fuente legal.',
        },
      ],
      detail: {
        en: '496a06c1',
        text: 'El acceso a esta página está bloqueado por una exigencia legal, como una orden judicial, una solicitud de retirada o una ley de su país.',
      },
    },
    '500': {
      heading: { en: 'b1fc5fc4', text: 'Algo ha fallado en el sitio' },
      happened: {
        en: '43c97bfe',
        text: 'El sitio tiene un fallo en su propio software. Nada de lo que usted escribió o pulsó lo ha causado.',
      },
      todo: [
        { en: '7eff21bc', text: 'Espere un minuto y vuelva a cargar la página. Muchos errores 500 duran poco.' },
        {
          en: 'a8ad705a',
          text: 'Si estaba enviando un formulario o pagando, compruebe si se completó (un correo de confirmación, su historial de pedidos) antes de volver a intentarlo.',
        },
      ],
      detail: {
        en: '9ed752d4',
        text: 'El servidor se encontró con una situación inesperada y no pudo terminar su solicitud; el fallo está en el servidor, no en lo que usted envió.',
      },
    },
    '501': {
      heading: { en: '2302e942', text: 'El sitio no admite esta acción' },
      happened: {
        en: '8b44c9a3',
        text: 'El sitio o la aplicación intentó usar una función que su servidor no ofrece. Es un problema del sitio, no de algo que usted haya hecho.',
      },
      todo: [
        { en: '1a2462f0', text: 'Si lo provoca un botón o un enlace del sitio, comuníqueselo al sitio; solo ellos pueden arreglarlo.' },
      ],
      detail: {
        en: '0bacac79',
        text: 'El servidor no admite lo que necesita la solicitud, normalmente un método que no reconoce en absoluto; enviar de nuevo la misma solicitud no servirá.',
      },
    },
    '502': {
      heading: { en: 'b0358b01', text: 'El sitio tiene problemas' },
      happened: {
        en: 'ada91876',
        text: 'Los servidores del sitio tienen problemas para comunicarse entre sí. Su dispositivo y su conexión funcionan bien.',
      },
      todo: [
        {
          en: '68860029',
          text: 'Espere un minuto y vuelva a cargar la página. Un error 502 durante una actualización suele desaparecer pronto.',
        },
        {
          en: 'f36e852b',
          text: 'Si otros sitios cargan con normalidad, el problema es de este sitio y no hay nada que arreglar en su dispositivo.',
        },
      ],
      detail: {
        en: '405c9bcc',
        text: 'Un proxy, una CDN o un balanceador de carga contactó con el servidor que tiene detrás, pero recibió una respuesta no válida, una conexión rechazada o un corte; el fallo está detrás de la pasarela.',
      },
    },
    '503': {
      heading: { en: 'd925f7f0', text: 'El sitio no está disponible por el momento' },
      happened: { en: '94452923', text: 'Puede que el sitio esté en mantenimiento o actualizándose, normalmente durante poco tiempo.' },
      todo: [
        { en: 'eddc0271', text: 'Espere unos minutos y vuelva a intentarlo.' },
        {
          en: '4ea58cd8',
          text: 'Consulte la página de estado del sitio o sus redes sociales para ver novedades. No hay nada que arreglar por su parte.',
        },
      ],
      detail: {
        en: '0bb3183a',
        text: 'El servidor no puede atender solicitudes ahora mismo porque está sobrecargado o en mantenimiento; espere, idealmente lo que indique Retry-After, y vuelva a intentarlo.',
      },
    },
    '504': {
      heading: { en: '527c78de', text: 'El sitio tardó demasiado en responder' },
      happened: {
        en: '01a111e8',
        text: 'El sitio tardó demasiado en preparar la página, así que un servidor situado delante dejó de esperar.',
      },
      todo: [
        { en: 'a375a4fa', text: 'Espere un minuto y vuelva a cargar la página.' },
        {
          en: '6fa39ce6',
          text: 'Si estaba enviando un formulario o un pago, revise su correo o su cuenta antes de volver a enviarlo; puede que ya se haya procesado.',
        },
      ],
      detail: {
        en: 'd839f987',
        text: 'Un proxy, una CDN o un balanceador de carga esperó al servidor que tiene detrás y se rindió antes de recibir respuesta; la parte lenta o inaccesible está detrás de la pasarela.',
      },
    },
    '4xx': {
      heading: { en: '4b12a916', text: 'El sitio no pudo completar esta solicitud' },
      happened: { en: 'f78de150', text: 'El sitio rechazó la solicitud que envió su navegador, así que no puede mostrar esta página.' },
      todo: [
        { en: '6c7e029a', text: 'Revise la dirección y luego vuelva atrás o empiece de nuevo desde la página de inicio.' },
        { en: '036db92b', text: 'Si vuelve a ocurrir, póngase en contacto con el sitio e indique qué página intentaba abrir.' },
      ],
      detail: {
        en: '92c522b8',
        text: 'El problema está en la propia solicitud: es incorrecta, no está autorizada, es demasiado grande o no está permitida tal como se envió.',
      },
    },
    '5xx': {
      heading: { en: 'b1fc5fc4', text: 'Algo ha fallado en el sitio' },
      happened: { en: '01741b00', text: 'El propio sitio ha tenido un problema. Usted no lo ha causado.' },
      todo: [
        { en: 'a375a4fa', text: 'Espere un minuto y vuelva a cargar la página.' },
        {
          en: '39cedb45',
          text: 'Si vuelve a ocurrir, póngase en contacto con el sitio e indique la hora y la página. El problema está en el sitio.',
        },
      ],
      detail: {
        en: '14f3fa51',
        text: 'Puede que la solicitud sea correcta, pero el servidor o una pasarela del camino no pudo completarla.',
      },
    },
  },
};
