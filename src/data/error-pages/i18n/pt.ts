import type { KitTranslation } from '../../../lib/error-pages/text';

/**
 * Brazilian Portuguese (você, arquivo, tela), the variety most Portuguese-speaking visitors read; the folder is pt/ and the pages say lang="pt-BR".
 * Each string records `en`, the short hash of the English it says (src/lib/error-pages/text.ts): when
 * the English changes, tests/unit/error-pages.test.ts names the string to translate again.
 * docs/error-pages-translations.md shows every string beside its English for a second reader.
 */
export const pt: KitTranslation = {
  language: 'pt',
  name: 'Português (Brasil)',
  htmlLang: 'pt-BR',
  ui: {
    errorLabel: { en: 'c9aa5d21', text: 'Erro {code}' },
    genericLabel: { en: '54a0e8c1', text: 'Erro' },
    todoHeading: { en: 'f42148c5', text: 'O que você pode fazer' },
    homeLink: { en: 'adcedded', text: 'Ir para a página inicial' },
    statusLink: { en: 'cce5eda3', text: 'Status do serviço' },
    meaningLink: { en: '9c3031bf', text: 'O que significa {code}?' },
    classMeaningLink: { en: 'b2ecc9d9', text: 'O que significam os erros {class}?' },
    inEnglish: { en: 'e3b0c442', text: '(em inglês)' },
    referenceLabel: { en: 'f9e52ca3', text: 'Se entrar em contato com o site, informe esta referência:' },
  },
  pages: {
    '400': {
      heading: { en: '3cb91f47', text: 'O site não conseguiu ler esta solicitação' },
      happened: {
        en: '2883f0f9',
        text: 'Talvez o endereço tenha um caractere a mais ou corrompido, muitas vezes porque um link longo foi copiado de um e-mail ou de um chat.',
      },
      todo: [
        { en: '39fe85a6', text: 'Confira se o endereço tem caracteres estranhos e digite-o de novo, ou abra o site pela página inicial.' },
        { en: 'c3b5e58a', text: 'Apague os cookies só deste site nas configurações do navegador e depois recarregue a página.' },
      ],
      detail: {
        en: '03a24387',
        text: 'O servidor não conseguiu ler a solicitação como foi enviada, ou não quis aceitá-la, por algo que parece um erro do cliente, como uma sintaxe inválida.',
      },
    },
    '401': {
      heading: { en: '11410239', text: 'Você precisa entrar na sua conta' },
      happened: {
        en: '0f49d91d',
        text: 'Esta página é só para membros conectados, e você não está conectado ou sua sessão expirou enquanto a aba estava aberta.',
      },
      todo: [
        {
          en: '38fd6a3d',
          text: 'Entre na sua conta de novo. Se você já estava conectado, saia e entre outra vez para começar uma nova sessão.',
        },
        { en: '8a401592', text: 'Confira se digitou o nome de usuário e a senha corretos, com o Caps Lock desligado.' },
      ],
      detail: {
        en: '488a3f0d',
        text: 'O site precisa de credenciais válidas para esta solicitação e não as recebeu; faça login ou envie um token válido e tente de novo.',
      },
    },
    '403': {
      heading: { en: '2a81e01f', text: 'Você não tem acesso a esta página' },
      happened: {
        en: '5e92a101',
        text: 'Talvez a página seja só para certos membros ou para a equipe, e sua conta não esteja entre eles.',
      },
      todo: [
        {
          en: 'c4ab251c',
          text: 'Se você usa uma VPN ou um proxy, desligue-o e recarregue a página, porque alguns sites bloqueiam essas redes.',
        },
        { en: 'aafebe69', text: 'Se acha que deveria ter acesso, entre em contato com o site e informe o endereço que tentou abrir.' },
      ],
      detail: {
        en: '5406429a',
        text: 'O servidor entendeu a solicitação e se recusa a executá-la; enviar as mesmas credenciais de novo não vai mudar isso.',
      },
    },
    '404': {
      heading: { en: 'a469ab4c', text: 'Página não encontrada' },
      happened: {
        en: 'c3d64bbd',
        text: 'Não há nada de errado com seu dispositivo ou sua conexão: o site respondeu, só não tem nenhuma página nesse endereço.',
      },
      todo: [
        {
          en: 'a5612368',
          text: 'Confira se há erros de digitação no endereço e depois procure a página pela página inicial ou pela busca do site.',
        },
        { en: '60938327', text: 'Se você seguiu um link, volte e tente de novo mais tarde, ou avise o site de que o link está quebrado.' },
      ],
      detail: {
        en: 'ba430c3d',
        text: 'O servidor não tem nada para enviar neste endereço, ou não quer dizer se tem; a página pode estar faltando, ter sido movida ou nunca ter existido.',
      },
    },
    '405': {
      heading: { en: '5e2d50bb', text: 'Esta página não pode atender a essa solicitação' },
      happened: {
        en: '41a68e55',
        text: 'Um formulário do site enviou suas informações de um jeito que a página não aceita. A falha é do site, não do que você digitou.',
      },
      todo: [{ en: 'd5112801', text: 'Volte à página do formulário e envie-o de novo em vez de recarregar a página de resultado.' }],
      detail: {
        en: '5a526362',
        text: 'O servidor conhece o método HTTP usado, mas este recurso não o aceita; o cabeçalho Allow lista os métodos que ele aceita.',
      },
    },
    '408': {
      heading: { en: '98a23baa', text: 'A solicitação demorou demais' },
      happened: { en: '3e10754f', text: 'Sua conexão ficou lenta ou caiu por um instante enquanto a página ou o formulário era enviado.' },
      todo: [
        { en: '20d31e38', text: 'Recarregue a página ou envie o formulário de novo quando a conexão estiver estável.' },
        {
          en: '0d92f77e',
          text: 'Se continuar acontecendo, tente outra rede, por exemplo os dados móveis em vez de um Wi-Fi público. O site em si pode estar funcionando.',
        },
      ],
      detail: {
        en: '4035697c',
        text: 'O servidor desistiu de esperar que seu cliente terminasse de enviar a solicitação; ele ainda não tinha começado a processá-la, então enviá-la de novo costuma ser seguro.',
      },
    },
    '410': {
      heading: { en: '78215167', text: 'Esta página foi removida' },
      happened: {
        en: 'bd8ecaa3',
        text: 'A página existiu, mas o responsável a tirou do ar, por exemplo uma promoção encerrada, um anúncio vencido ou um perfil excluído.',
      },
      todo: [{ en: '1a763761', text: 'Use a busca ou a página inicial do site para procurar uma versão mais recente do que você queria.' }],
      detail: {
        en: '75f6277e',
        text: 'O recurso foi removido de propósito e não deve voltar; pare de solicitá-lo e remova os links para ele.',
      },
    },
    '413': {
      heading: { en: '844e2baf', text: 'O arquivo é grande demais' },
      happened: {
        en: 'd712ec39',
        text: 'O arquivo que você tentou enviar (uma foto, um vídeo ou um documento) é maior do que o site permite.',
      },
      todo: [
        {
          en: '490c1d8f',
          text: 'Diminua o arquivo antes de enviá-lo, por exemplo reduzindo a foto ou exportando o vídeo com qualidade menor.',
        },
        { en: 'cfdd5513', text: 'Envie os arquivos um de cada vez em vez de todos juntos.' },
      ],
      detail: {
        en: '543c4ad4',
        text: 'O servidor recusou a solicitação porque o conteúdo dela (um arquivo enviado, um formulário, um documento JSON) é maior do que ele quer ou consegue aceitar.',
      },
    },
    '414': {
      heading: { en: '7874f0ec', text: 'Endereço longo demais' },
      happened: {
        en: 'cbd56258',
        text: 'Você abriu um link muito longo, geralmente copiado de um e-mail ou mensagem, com muito texto de rastreamento no final.',
      },
      todo: [
        {
          en: 'a9f3c1d3',
          text: 'Apague tudo o que vem depois do `?` na barra de endereço e pressione Enter; muitas vezes a página carrega bem sem essa parte.',
        },
        { en: 'd3136ac5', text: 'Vá para a página inicial do site e navegue a partir dela em vez de usar o link longo.' },
      ],
      detail: {
        en: '35ea0f70',
        text: 'O servidor recusou a solicitação porque o endereço (URL) é mais longo do que ele se dispõe a ler, geralmente por causa de uma query string enorme.',
      },
    },
    '429': {
      heading: { en: '802600d1', text: 'Solicitações demais' },
      happened: {
        en: '4221fb57',
        text: 'Talvez você tenha recarregado a página ou apertado um botão muitas vezes seguidas, ou uma extensão do navegador esteja fazendo solicitações em segundo plano.',
      },
      todo: [
        { en: 'd1d78b06', text: 'Espere um ou dois minutos e recarregue uma vez só. Recarregar sem parar mantém você acima do limite.' },
        {
          en: '068e79eb',
          text: 'Se isso acontecer com frequência durante uma navegação normal, entre em contato com o site. Você não quebrou nada.',
        },
      ],
      detail: {
        en: 'dc6826f0',
        text: 'Você enviou mais solicitações em um certo tempo do que o servidor permite; diminua o ritmo, espere o tempo pedido e tente de novo.',
      },
    },
    '451': {
      heading: { en: '5434ac69', text: 'Esta página está bloqueada por motivos legais' },
      happened: {
        en: '43373b79',
        text: 'A página está bloqueada onde você está por causa de uma lei ou de uma ordem judicial, não por algo que você fez.',
      },
      todo: [
        {
          en: '6af2ae7f',
          text: 'Se você está viajando, a página pode voltar a funcionar quando estiver em casa. Se não, entre em contato com o site ou procure o conteúdo em outra fonte legal.',
        },
      ],
      detail: {
        en: '496a06c1',
        text: 'O acesso a esta página está bloqueado por uma exigência legal, como uma ordem judicial, um pedido de remoção ou uma lei do seu país.',
      },
    },
    '500': {
      heading: { en: 'b1fc5fc4', text: 'Algo deu errado no site' },
      happened: { en: '43c97bfe', text: 'O site tem uma falha no próprio software. Nada do que você digitou ou clicou causou isso.' },
      todo: [
        { en: '7eff21bc', text: 'Espere um minuto e recarregue a página. Muitos erros 500 passam rápido.' },
        {
          en: 'a8ad705a',
          text: 'Se você estava enviando um formulário ou pagando, confira se deu certo (um e-mail de confirmação, seu histórico de pedidos) antes de tentar de novo.',
        },
      ],
      detail: {
        en: '9ed752d4',
        text: 'O servidor encontrou uma situação inesperada e não conseguiu concluir sua solicitação; a falha é do lado do servidor, não do que você enviou.',
      },
    },
    '501': {
      heading: { en: '2302e942', text: 'O site não oferece suporte a esta ação' },
      happened: {
        en: '8b44c9a3',
        text: 'O site ou o aplicativo tentou usar um recurso que o servidor dele não oferece. O problema é do site, não de algo que você fez.',
      },
      todo: [{ en: '1a2462f0', text: 'Se um botão ou link do site causa isso, avise o site; só eles podem corrigir.' }],
      detail: {
        en: '0bacac79',
        text: 'O servidor não oferece suporte ao que a solicitação precisa, geralmente um método que ele nem reconhece; enviar a mesma solicitação de novo não vai ajudar.',
      },
    },
    '502': {
      heading: { en: 'b0358b01', text: 'O site está com problemas' },
      happened: {
        en: 'ada91876',
        text: 'Os servidores do site estão com dificuldade para se comunicar entre si. Seu dispositivo e sua conexão estão funcionando.',
      },
      todo: [
        { en: '68860029', text: 'Espere um minuto e recarregue a página. Um erro 502 durante uma atualização costuma passar rápido.' },
        {
          en: 'f36e852b',
          text: 'Se outros sites carregam normalmente, o problema é deste site, e não há nada para consertar no seu dispositivo.',
        },
      ],
      detail: {
        en: '405c9bcc',
        text: 'Um proxy, CDN ou balanceador de carga contatou o servidor que está por trás dele, mas recebeu uma resposta inválida, uma conexão recusada ou uma queda; a falha está por trás do gateway.',
      },
    },
    '503': {
      heading: { en: 'd925f7f0', text: 'O site está temporariamente indisponível' },
      happened: { en: '94452923', text: 'Talvez o site esteja em manutenção ou sendo atualizado, geralmente por pouco tempo.' },
      todo: [
        { en: 'eddc0271', text: 'Espere alguns minutos e tente de novo.' },
        {
          en: '4ea58cd8',
          text: 'Veja a página de status do site ou as redes sociais dele para ter notícias. Não há nada para consertar do seu lado.',
        },
      ],
      detail: {
        en: '0bb3183a',
        text: 'O servidor não consegue atender solicitações agora porque está sobrecarregado ou em manutenção; espere, de preferência o tempo indicado em Retry-After, e tente de novo.',
      },
    },
    '504': {
      heading: { en: '527c78de', text: 'O site demorou demais para responder' },
      happened: {
        en: '01a111e8',
        text: 'O site demorou demais para preparar a página, então um servidor que fica na frente dele desistiu de esperar.',
      },
      todo: [
        { en: 'a375a4fa', text: 'Espere um minuto e recarregue a página.' },
        {
          en: '6fa39ce6',
          text: 'Se você estava enviando um formulário ou um pagamento, confira seu e-mail ou sua conta antes de enviar de novo; talvez já tenha sido processado.',
        },
      ],
      detail: {
        en: 'd839f987',
        text: 'Um proxy, CDN ou balanceador de carga esperou pelo servidor que está por trás dele e desistiu antes de chegar uma resposta; a parte lenta ou inacessível está por trás do gateway.',
      },
    },
    '4xx': {
      heading: { en: '4b12a916', text: 'O site não conseguiu concluir esta solicitação' },
      happened: { en: 'f78de150', text: 'O site recusou a solicitação que seu navegador enviou, por isso não pode mostrar esta página.' },
      todo: [
        { en: '6c7e029a', text: 'Confira o endereço e depois volte ou comece de novo pela página inicial.' },
        { en: '036db92b', text: 'Se continuar acontecendo, entre em contato com o site e diga qual página você tentou abrir.' },
      ],
      detail: {
        en: '92c522b8',
        text: 'O problema está na própria solicitação: errada, não autorizada, grande demais ou não permitida do jeito que foi enviada.',
      },
    },
    '5xx': {
      heading: { en: 'b1fc5fc4', text: 'Algo deu errado no site' },
      happened: { en: '01741b00', text: 'O próprio site teve um problema. Não foi nada que você fez.' },
      todo: [
        { en: 'a375a4fa', text: 'Espere um minuto e recarregue a página.' },
        {
          en: '39cedb45',
          text: 'Se continuar acontecendo, entre em contato com o site e informe o horário e a página. O problema é do lado deles.',
        },
      ],
      detail: {
        en: '14f3fa51',
        text: 'A solicitação pode estar correta, mas o servidor ou um gateway no caminho não conseguiu atendê-la.',
      },
    },
  },
};
