import type { KitTranslation } from '../../../lib/error-pages/text';

/**
 * German, addressing the reader formally (Sie), as German websites do.
 * Each string records `en`, the short hash of the English it says (src/lib/error-pages/text.ts): when
 * the English changes, tests/unit/error-pages.test.ts names the string to translate again.
 * docs/error-pages-translations.md shows every string beside its English for a second reader.
 */
export const de: KitTranslation = {
  language: 'de',
  name: 'Deutsch',
  htmlLang: 'de',
  ui: {
    errorLabel: { en: 'c9aa5d21', text: 'Fehler {code}' },
    genericLabel: { en: '54a0e8c1', text: 'Fehler' },
    todoHeading: { en: 'f42148c5', text: 'Was Sie tun können' },
    homeLink: { en: 'adcedded', text: 'Zur Startseite' },
    statusLink: { en: 'cce5eda3', text: 'Statusseite' },
    meaningLink: { en: '9c3031bf', text: 'Was bedeutet {code}?' },
    classMeaningLink: { en: 'b2ecc9d9', text: 'Was bedeuten {class}-Fehler?' },
    inEnglish: { en: 'e3b0c442', text: '(auf Englisch)' },
    referenceLabel: { en: 'f9e52ca3', text: 'Wenn Sie die Website kontaktieren, nennen Sie diese Referenz:' },
  },
  pages: {
    '400': {
      heading: { en: '3cb91f47', text: 'Die Website konnte diese Anfrage nicht verstehen' },
      happened: {
        en: '2883f0f9',
        text: 'Möglicherweise enthält die Webadresse ein überflüssiges oder fehlerhaftes Zeichen, oft weil ein langer Link aus einer E-Mail oder einem Chat kopiert wurde.',
      },
      todo: [
        {
          en: '39fe85a6',
          text: 'Prüfen Sie die Adresse auf ungewöhnliche Zeichen und geben Sie sie neu ein, oder öffnen Sie die Website über ihre Startseite.',
        },
        {
          en: 'c3b5e58a',
          text: 'Löschen Sie in den Einstellungen Ihres Browsers die Cookies nur dieser Website und laden Sie die Seite dann neu.',
        },
      ],
      detail: {
        en: '03a24387',
        text: 'Der Server konnte die Anfrage in dieser Form nicht lesen oder wollte sie nicht annehmen, weil sie nach einem Fehler des Clients aussieht, etwa einer fehlerhaften Syntax.',
      },
    },
    '401': {
      heading: { en: '11410239', text: 'Bitte melden Sie sich an' },
      happened: {
        en: '0f49d91d',
        text: 'Diese Seite ist angemeldeten Mitgliedern vorbehalten, und Sie sind nicht angemeldet oder Ihre Sitzung ist abgelaufen, während der Tab offen war.',
      },
      todo: [
        {
          en: '38fd6a3d',
          text: 'Melden Sie sich erneut an. Wenn Sie schon angemeldet waren, melden Sie sich ab und wieder an, damit eine neue Sitzung beginnt.',
        },
        { en: '8a401592', text: 'Prüfen Sie, ob Sie Benutzername und Passwort richtig eingegeben haben und die Feststelltaste aus ist.' },
      ],
      detail: {
        en: '488a3f0d',
        text: 'Die Website braucht für diese Anfrage gültige Zugangsdaten und hat keine erhalten; melden Sie sich an oder senden Sie ein gültiges Token und versuchen Sie es erneut.',
      },
    },
    '403': {
      heading: { en: '2a81e01f', text: 'Sie haben keinen Zugriff auf diese Seite' },
      happened: {
        en: '5e92a101',
        text: 'Die Seite ist vielleicht nur für bestimmte Mitglieder oder Mitarbeitende gedacht, und Ihr Konto gehört nicht dazu.',
      },
      todo: [
        {
          en: 'c4ab251c',
          text: 'Wenn Sie ein VPN oder einen Proxy nutzen, schalten Sie ihn aus und laden Sie die Seite neu, denn manche Websites sperren solche Netze.',
        },
        {
          en: 'aafebe69',
          text: 'Wenn Sie glauben, dass Sie Zugriff haben sollten, wenden Sie sich an die Website und nennen Sie die Adresse, die Sie aufrufen wollten.',
        },
      ],
      detail: {
        en: '5406429a',
        text: 'Der Server hat die Anfrage verstanden, weigert sich aber, sie auszuführen; dieselben Zugangsdaten noch einmal zu senden, ändert daran nichts.',
      },
    },
    '404': {
      heading: { en: 'a469ab4c', text: 'Seite nicht gefunden' },
      happened: {
        en: 'c3d64bbd',
        text: 'Mit Ihrem Gerät und Ihrer Verbindung ist alles in Ordnung: Die Website hat geantwortet, sie hat unter dieser Adresse nur keine Seite.',
      },
      todo: [
        {
          en: 'a5612368',
          text: 'Prüfen Sie die Adresse auf Tippfehler und suchen Sie die Seite dann über die Startseite oder die Suche der Website.',
        },
        {
          en: '60938327',
          text: 'Wenn Sie einem Link gefolgt sind, gehen Sie zurück und versuchen Sie es später noch einmal, oder melden Sie der Website den defekten Link.',
        },
      ],
      detail: {
        en: 'ba430c3d',
        text: 'Der Server hat unter dieser Adresse nichts zu liefern oder will nicht sagen, ob er etwas hat; die Seite fehlt vielleicht, wurde verschoben oder hat nie existiert.',
      },
    },
    '405': {
      heading: { en: '5e2d50bb', text: 'Diese Seite kann die Anfrage nicht bearbeiten' },
      happened: {
        en: '41a68e55',
        text: 'Ein Formular der Website hat Ihre Angaben auf eine Art gesendet, die diese Seite nicht annimmt. Der Fehler liegt bei der Website, nicht bei Ihrer Eingabe.',
      },
      todo: [
        {
          en: 'd5112801',
          text: 'Gehen Sie zurück zur Seite mit dem Formular und senden Sie es erneut ab, statt die Ergebnisseite neu zu laden.',
        },
      ],
      detail: {
        en: '5a526362',
        text: 'Der Server kennt die verwendete HTTP-Methode, aber diese Ressource nimmt sie nicht an; der Header Allow nennt die Methoden, die sie annimmt.',
      },
    },
    '408': {
      heading: { en: '98a23baa', text: 'Die Anfrage hat zu lange gedauert' },
      happened: {
        en: '3e10754f',
        text: 'Ihre Verbindung war langsam oder kurz unterbrochen, während die Seite oder das Formular gesendet wurde.',
      },
      todo: [
        { en: '20d31e38', text: 'Laden Sie die Seite neu oder senden Sie das Formular erneut ab, sobald Ihre Verbindung stabil ist.' },
        {
          en: '0d92f77e',
          text: 'Passiert es wieder, versuchen Sie ein anderes Netz, etwa mobile Daten statt eines öffentlichen WLANs. Die Website selbst ist vielleicht in Ordnung.',
        },
      ],
      detail: {
        en: '4035697c',
        text: 'Der Server hat es aufgegeben, darauf zu warten, dass Ihr Client die Anfrage fertig sendet; er hatte noch nicht mit der Arbeit begonnen, daher ist ein erneutes Senden meist unbedenklich.',
      },
    },
    '410': {
      heading: { en: '78215167', text: 'Diese Seite wurde entfernt' },
      happened: {
        en: 'bd8ecaa3',
        text: 'Die Seite gab es einmal, doch ihr Betreiber hat sie entfernt, zum Beispiel weil eine Aktion vorbei, ein Inserat abgelaufen oder ein Profil gelöscht ist.',
      },
      todo: [
        {
          en: '1a763761',
          text: 'Nutzen Sie die Suche oder die Startseite der Website, um eine neuere Fassung des Gesuchten zu finden.',
        },
      ],
      detail: {
        en: '75f6277e',
        text: 'Die Ressource wurde absichtlich entfernt und kommt voraussichtlich nicht zurück; fragen Sie sie nicht mehr ab und entfernen Sie Links, die darauf verweisen.',
      },
    },
    '413': {
      heading: { en: '844e2baf', text: 'Die Datei ist zu groß zum Hochladen' },
      happened: {
        en: 'd712ec39',
        text: 'Die Datei, die Sie hochladen wollten (ein Foto, Video oder Dokument), ist größer, als die Website erlaubt.',
      },
      todo: [
        {
          en: '490c1d8f',
          text: 'Machen Sie die Datei vor dem Hochladen kleiner, zum Beispiel indem Sie ein Foto verkleinern oder ein Video in geringerer Qualität exportieren.',
        },
        { en: 'cfdd5513', text: 'Laden Sie die Dateien einzeln hoch statt alle auf einmal.' },
      ],
      detail: {
        en: '543c4ad4',
        text: 'Der Server hat die Anfrage abgelehnt, weil ihr Inhalt (ein Upload, ein Formular, ein JSON-Dokument) größer ist, als er annehmen will oder kann.',
      },
    },
    '414': {
      heading: { en: '7874f0ec', text: 'Webadresse zu lang' },
      happened: {
        en: 'cbd56258',
        text: 'Sie haben einen sehr langen Link geöffnet, oft einen aus einer E-Mail oder Nachricht kopierten, an dessen Ende viel Tracking-Text hängt.',
      },
      todo: [
        {
          en: 'a9f3c1d3',
          text: 'Löschen Sie in der Adressleiste alles hinter dem `?` und drücken Sie die Eingabetaste; die Seite selbst lädt ohne diesen Teil oft problemlos.',
        },
        {
          en: 'd3136ac5',
          text: 'Öffnen Sie die Startseite der Website und navigieren Sie von dort aus, statt den langen Link zu verwenden.',
        },
      ],
      detail: {
        en: '35ea0f70',
        text: 'Der Server hat die Anfrage abgelehnt, weil die Adresse (URL) länger ist, als er zu lesen bereit ist, meist wegen eines riesigen Query-Strings.',
      },
    },
    '429': {
      heading: { en: '802600d1', text: 'Zu viele Anfragen' },
      happened: {
        en: '4221fb57',
        text: 'Vielleicht haben Sie die Seite schnell hintereinander neu geladen oder eine Schaltfläche mehrmals angeklickt, oder eine Browsererweiterung sendet im Hintergrund Anfragen.',
      },
      todo: [
        {
          en: 'd1d78b06',
          text: 'Warten Sie ein, zwei Minuten und laden Sie die Seite dann einmal neu. Wer immer wieder neu lädt, bleibt über dem Limit.',
        },
        {
          en: '068e79eb',
          text: 'Wenn es beim normalen Surfen immer wieder passiert, wenden Sie sich an die Website. Sie haben nichts kaputt gemacht.',
        },
      ],
      detail: {
        en: 'dc6826f0',
        text: 'Sie haben in einer bestimmten Zeit mehr Anfragen gesendet, als der Server Ihnen erlaubt; senden Sie langsamer, warten Sie so lange wie verlangt und versuchen Sie es dann erneut.',
      },
    },
    '451': {
      heading: { en: '5434ac69', text: 'Diese Seite ist aus rechtlichen Gründen gesperrt' },
      happened: {
        en: '43373b79',
        text: 'Die Seite ist dort, wo Sie sich befinden, wegen eines Gesetzes oder eines Gerichtsbeschlusses gesperrt, nicht wegen etwas, das Sie getan haben.',
      },
      todo: [
        {
          en: '6af2ae7f',
          text: 'Wenn Sie auf Reisen sind, funktioniert die Seite zu Hause vielleicht wieder. Andernfalls wenden Sie sich an die Website oder suchen Sie den Inhalt bei einer anderen legalen Quelle.',
        },
      ],
      detail: {
        en: '496a06c1',
        text: 'Der Zugriff auf diese Seite ist wegen einer rechtlichen Forderung gesperrt, etwa eines Gerichtsbeschlusses, einer Aufforderung zur Entfernung oder eines Gesetzes in Ihrem Land.',
      },
    },
    '500': {
      heading: { en: 'b1fc5fc4', text: 'Auf der Website ist etwas schiefgelaufen' },
      happened: {
        en: '43c97bfe',
        text: 'Die Software der Website hat einen Fehler. Nichts, was Sie eingegeben oder angeklickt haben, hat ihn verursacht.',
      },
      todo: [
        { en: '7eff21bc', text: 'Warten Sie eine Minute und laden Sie die Seite neu. Viele 500-Fehler sind schnell wieder vorbei.' },
        {
          en: 'a8ad705a',
          text: 'Wenn Sie gerade ein Formular abgeschickt oder bezahlt haben, prüfen Sie, ob der Vorgang abgeschlossen wurde (eine Bestätigungs-E-Mail, Ihre Bestellübersicht), bevor Sie es noch einmal versuchen.',
        },
      ],
      detail: {
        en: '9ed752d4',
        text: 'Der Server ist auf einen unerwarteten Zustand gestoßen und konnte Ihre Anfrage nicht abschließen; der Fehler liegt beim Server, nicht in dem, was Sie gesendet haben.',
      },
    },
    '501': {
      heading: { en: '2302e942', text: 'Die Website unterstützt diese Aktion nicht' },
      happened: {
        en: '8b44c9a3',
        text: 'Die Website oder App wollte eine Funktion nutzen, die ihr Server nicht anbietet. Das ist ein Problem der Website, nicht etwas, das Sie getan haben.',
      },
      todo: [
        {
          en: '1a2462f0',
          text: 'Wenn eine Schaltfläche oder ein Link auf der Website den Fehler auslöst, melden Sie es der Website; nur sie kann ihn beheben.',
        },
      ],
      detail: {
        en: '0bacac79',
        text: 'Der Server unterstützt nicht, was die Anfrage braucht, meist eine Methode, die er gar nicht kennt; dieselbe Anfrage erneut zu senden, hilft nicht.',
      },
    },
    '502': {
      heading: { en: 'b0358b01', text: 'Die Website hat gerade Probleme' },
      happened: {
        en: 'ada91876',
        text: 'Die Server der Website haben Probleme, miteinander zu kommunizieren. Mit Ihrem Gerät und Ihrer Verbindung ist alles in Ordnung.',
      },
      todo: [
        {
          en: '68860029',
          text: 'Warten Sie eine Minute und laden Sie die Seite neu. Ein 502-Fehler während eines Updates ist meist schnell vorbei.',
        },
        {
          en: 'f36e852b',
          text: 'Wenn andere Websites normal laden, liegt das Problem bei dieser Website, und an Ihrem Gerät gibt es nichts zu beheben.',
        },
      ],
      detail: {
        en: '405c9bcc',
        text: 'Ein Proxy, CDN oder Load Balancer hat den Server dahinter kontaktiert, aber eine ungültige Antwort, eine abgelehnte Verbindung oder einen Abbruch erhalten; der Fehler liegt hinter dem Gateway.',
      },
    },
    '503': {
      heading: { en: 'd925f7f0', text: 'Die Website ist vorübergehend nicht erreichbar' },
      happened: { en: '94452923', text: 'Die Website wird vielleicht gerade gewartet oder aktualisiert, meist nur für kurze Zeit.' },
      todo: [
        { en: 'eddc0271', text: 'Warten Sie ein paar Minuten und versuchen Sie es dann erneut.' },
        {
          en: '4ea58cd8',
          text: 'Schauen Sie auf der Statusseite oder in den sozialen Medien der Website nach Neuigkeiten. Bei Ihnen gibt es nichts zu beheben.',
        },
      ],
      detail: {
        en: '0bb3183a',
        text: 'Der Server kann gerade keine Anfragen bearbeiten, weil er überlastet ist oder gewartet wird; warten Sie, am besten so lange, wie Retry-After angibt, und versuchen Sie es dann erneut.',
      },
    },
    '504': {
      heading: { en: '527c78de', text: 'Die Antwort der Website hat zu lange gedauert' },
      happened: {
        en: '01a111e8',
        text: 'Die Website hat zu lange gebraucht, um die Seite zu erstellen, deshalb hat ein vorgeschalteter Server das Warten aufgegeben.',
      },
      todo: [
        { en: 'a375a4fa', text: 'Warten Sie eine Minute und laden Sie die Seite neu.' },
        {
          en: '6fa39ce6',
          text: 'Wenn Sie gerade ein Formular abgeschickt oder bezahlt haben, prüfen Sie Ihre E-Mails oder Ihr Konto, bevor Sie es noch einmal versuchen; vielleicht wurde der Vorgang schon abgeschlossen.',
        },
      ],
      detail: {
        en: 'd839f987',
        text: 'Ein Proxy, CDN oder Load Balancer hat auf den Server dahinter gewartet und aufgegeben, bevor eine Antwort kam; der langsame oder unerreichbare Teil liegt hinter dem Gateway.',
      },
    },
    '4xx': {
      heading: { en: '4b12a916', text: 'Die Website konnte diese Anfrage nicht ausführen' },
      happened: {
        en: 'f78de150',
        text: 'Die Website hat die Anfrage Ihres Browsers abgelehnt und kann diese Seite deshalb nicht anzeigen.',
      },
      todo: [
        { en: '6c7e029a', text: 'Prüfen Sie die Adresse und gehen Sie dann zurück oder beginnen Sie noch einmal auf der Startseite.' },
        { en: '036db92b', text: 'Passiert es wieder, wenden Sie sich an die Website und nennen Sie die Seite, die Sie öffnen wollten.' },
      ],
      detail: {
        en: '92c522b8',
        text: 'Die Anfrage selbst ist fehlerhaft: falsch, nicht autorisiert, zu groß oder in dieser Form nicht erlaubt.',
      },
    },
    '5xx': {
      heading: { en: 'b1fc5fc4', text: 'Auf der Website ist etwas schiefgelaufen' },
      happened: { en: '01741b00', text: 'Bei der Website selbst ist ein Problem aufgetreten. Sie haben es nicht verursacht.' },
      todo: [
        { en: 'a375a4fa', text: 'Warten Sie eine Minute und laden Sie die Seite neu.' },
        {
          en: '39cedb45',
          text: 'Passiert es wieder, wenden Sie sich an die Website und nennen Sie Uhrzeit und Seite. Das Problem liegt bei der Website.',
        },
      ],
      detail: {
        en: '14f3fa51',
        text: 'Die Anfrage ist vielleicht in Ordnung, aber der Server oder ein Gateway auf dem Weg konnte sie nicht erfüllen.',
      },
    },
  },
};
