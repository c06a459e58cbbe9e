import type { InteractionOrigin } from '../api/types';

/** A channel a seller can send offers to, as its feed describes it. */
export interface MockChannel {
  feedId: string;
  name: string;
  logoUrl: string;
  /** How the channel spells its offer ids. */
  externalIdPrefix: string;
}

export const mockChannels = [
  {
    feedId: 'vtex.meli-classic',
    name: 'Mercado Libre Classic',
    logoUrl: 'https://static.vtex.com/offer-management/channels/mercado-libre.png',
    externalIdPrefix: 'MLB',
  },
  {
    feedId: 'vtex.meli-premium',
    name: 'Mercado Libre Premium',
    logoUrl: 'https://static.vtex.com/offer-management/channels/mercado-libre.png',
    externalIdPrefix: 'MLB',
  },
  {
    feedId: 'vtex.netshoes',
    name: 'Netshoes',
    logoUrl: 'https://static.vtex.com/offer-management/channels/netshoes.png',
    externalIdPrefix: 'NS-',
  },
  {
    feedId: 'vtex.vtex-marketplace',
    name: 'VTEX Marketplace',
    logoUrl: 'https://static.vtex.com/offer-management/channels/vtex.png',
    externalIdPrefix: 'VTXMKT-',
  },
] as const satisfies readonly MockChannel[];

export type MockFeedId = (typeof mockChannels)[number]['feedId'];

export function findChannel(feedId: string): MockChannel | undefined {
  return mockChannels.find((channel) => channel.feedId === feedId);
}

export interface MockProduct {
  name: string;
  /** BRL. */
  price: number;
  imagePath?: string;
}

export const mockProducts: readonly MockProduct[] = [
  { name: 'Tênis Nike Revolution 6 Next Nature Masculino - Preto', price: 349.99, imagePath: '155432-500-500/tenis-nike-revolution-6.jpg' },
  { name: 'Camiseta Adidas Essentials Logo Feminina', price: 79.99, imagePath: '155501-500-500/camiseta-adidas-essentials.jpg' },
  { name: 'Smartphone Samsung Galaxy A15 128GB 4GB RAM Azul Escuro', price: 1099, imagePath: '160210-500-500/galaxy-a15-azul.jpg' },
  { name: 'Fone de Ouvido JBL Tune 520BT Bluetooth On-Ear', price: 249.9, imagePath: '160877-500-500/jbl-tune-520bt.jpg' },
  { name: 'Cafeteira Elétrica Mondial Dolce Arome C-30 32 Xícaras 220V', price: 129.9, imagePath: '161003-500-500/cafeteira-mondial.jpg' },
  { name: 'Mochila Olympikus Essential 20L Unissex', price: 119.99, imagePath: '161245-500-500/mochila-olympikus.jpg' },
  { name: 'Bola de Futebol de Campo Penalty S11 R1 XXIV', price: 199.9 },
  { name: 'Garrafa Térmica Stanley Classic 1L Verde', price: 389, imagePath: '162019-500-500/stanley-classic-verde.jpg' },
  { name: 'Kit 3 Camisetas <Básicas> "Premium" 100% Algodão & Cia - Tam M', price: 89.9, imagePath: '162233-500-500/kit-3-camisetas.jpg' },
  {
    name: 'Conjunto de Panelas Tramontina Turim Antiaderente Starflon Max 10 Peças Grafite com Tampas de Vidro e Cabos de Baquelite Resistentes ao Calor',
    price: 699.9,
    imagePath: '162501-500-500/panelas-tramontina-turim.jpg',
  },
  { name: 'Chuteira Society Umbro Pro 5 Bump Club', price: 229.99, imagePath: '162777-500-500/chuteira-umbro.jpg' },
  { name: 'Relógio Casio Vintage A168WA-1W Unissex', price: 279, imagePath: '163010-500-500/casio-vintage.jpg' },
  { name: 'Luminária de Mesa LED Articulada Branca', price: 59.9 },
  { name: 'Bermuda Mizuno Run Spark Masculina', price: 99.99, imagePath: '163388-500-500/bermuda-mizuno.jpg' },
  { name: 'Tapete de Yoga TPE 6mm Dupla Face Roxo', price: 149.5, imagePath: '163590-500-500/tapete-yoga.jpg' },
  { name: 'Meia Cano Alto Puma Sport Kit com 3 Pares', price: 39.9, imagePath: '163741-500-500/meia-puma.jpg' },
];

/** One entry of the error catalogue (data-model.md), with a realistic title and channel description. */
export interface MockErrorTemplate {
  code: string;
  externalCode?: string;
  origin: InteractionOrigin;
  closableOrigins: InteractionOrigin[];
  title: string;
  description: string;
  /** When set, only these channels raise this error. */
  feedIds?: readonly MockFeedId[];
}

const LONG_DESCRIPTION_EXCERPT =
  'Tênis desenvolvido para corridas leves e uso diário, com cabedal em malha respirável, entressola em espuma macia ' +
  'e solado de borracha com ranhuras que garantem tração em diferentes superfícies. ';

/** A connector message that quotes the whole rejected description: several thousand characters. */
const LONG_CONNECTOR_MESSAGE =
  'The description sent has 5,312 characters and Mercado Libre accepts at most 5,000. ' +
  'Shorten the description of the product in the VTEX catalog and save it to send the offer again. ' +
  'Description received: "' +
  LONG_DESCRIPTION_EXCERPT.repeat(26).trim() +
  '"';

export const mockErrorCatalogue: readonly MockErrorTemplate[] = [
  {
    code: 'AUTH-001',
    externalCode: 'AUTH-001-003',
    origin: 'catalog',
    closableOrigins: ['catalog', 'price', 'inventory'],
    title: 'Invalid access token',
    description:
      'The channel rejected the access token (401 invalid_token). Reconnect the seller account in the channel settings and try again.',
  },
  {
    code: 'AUTH-002',
    origin: 'inventory',
    closableOrigins: ['catalog', 'price', 'inventory'],
    title: 'Seller account blocked by the channel',
    description: 'A conta do vendedor está bloqueada no marketplace. Entre em contato com o suporte do canal para reativá-la.',
  },
  {
    code: 'CTLG-001',
    externalCode: 'CTLG-001-001',
    origin: 'catalog',
    closableOrigins: ['catalog'],
    title: 'Product could not be mapped',
    description: 'The product could not be mapped to the channel catalog: no matching listing type for this account.',
  },
  {
    code: 'CTLG-002',
    origin: 'catalog',
    closableOrigins: ['catalog'],
    title: 'Variation not mapped',
    description: 'The SKU variation "Cor: Azul Marinho / Tamanho: 42" has no equivalent on the channel. Map the variation values.',
  },
  {
    code: 'CTLG-003',
    externalCode: 'CTLG-003-002',
    origin: 'catalog',
    closableOrigins: ['catalog'],
    title: 'Required attribute missing',
    description: 'Attribute BRAND is required for category MLB23332 (Calçados, Roupas e Bolsas > Tênis).',
  },
  {
    code: 'CTLG-004',
    origin: 'catalog',
    closableOrigins: ['catalog'],
    title: 'Category not mapped',
    description: 'The VTEX category "Esporte > Corrida" is not mapped to a channel category.',
  },
  {
    code: 'CTLG-005',
    externalCode: 'CTLG-005-001',
    origin: 'catalog',
    closableOrigins: ['catalog'],
    title: 'Product information incomplete',
    description: 'The product has no brand, and the channel requires one.',
  },
  {
    code: 'CTLG-006',
    externalCode: 'CTLG-006-001',
    origin: 'catalog',
    closableOrigins: ['catalog'],
    title: 'Description too long',
    description: LONG_CONNECTOR_MESSAGE,
    feedIds: ['vtex.meli-classic', 'vtex.meli-premium'],
  },
  {
    code: 'CTLG-006',
    externalCode: 'CTLG-006-003',
    origin: 'catalog',
    closableOrigins: ['catalog'],
    title: 'Description too long',
    description: LONG_CONNECTOR_MESSAGE.replace('Mercado Libre accepts at most 5,000', 'Netshoes accepts at most 4,000'),
    feedIds: ['vtex.netshoes'],
  },
  {
    code: 'CTLG-006',
    externalCode: 'CTLG-006-002',
    origin: 'catalog',
    closableOrigins: ['catalog'],
    title: 'HTML not allowed in the description',
    description:
      'Netshoes does not accept HTML in the description. Found: <p><b>Tênis</b> leve &amp; confortável</p><script>alert("x")</script><img src=x onerror=alert(1)>',
    feedIds: ['vtex.netshoes'],
  },
  {
    code: 'CTLG-007',
    externalCode: 'CTLG-007-001',
    origin: 'catalog',
    closableOrigins: ['catalog'],
    title: 'Image too small',
    description: 'Image 2 is 400 × 400 px; the channel requires at least 500 × 500 px.',
  },
  {
    code: 'CTLG-007',
    externalCode: 'CTLG-007-004',
    origin: 'catalog',
    closableOrigins: ['catalog'],
    title: 'Image not on a white background',
    description: 'A imagem principal deve ter fundo branco puro (RGB 255,255,255).',
    feedIds: ['vtex.meli-classic', 'vtex.meli-premium'],
  },
  {
    code: 'CTLG-008',
    origin: 'catalog',
    closableOrigins: ['catalog'],
    title: 'Invalid package dimensions',
    description: 'Package weight 0 g is not valid: fill in height, width, length and weight of the SKU.',
  },
  {
    code: 'CTLG-009',
    origin: 'catalog',
    closableOrigins: ['catalog'],
    title: 'Title too long',
    description: 'The title has 78 characters; the channel accepts at most 60.',
  },
  {
    code: 'CTLG-010',
    externalCode: 'CTLG-010-002',
    origin: 'catalog',
    closableOrigins: ['catalog'],
    title: 'Invalid EAN',
    description: 'EAN 7891234567890 failed the check digit validation.',
  },
  {
    code: 'CTLG-011',
    origin: 'catalog',
    closableOrigins: ['catalog', 'price'],
    title: 'Channel rule not met',
    description: 'Offers in this category must have free shipping above R$ 79,00.',
  },
  {
    code: 'CTLG-012',
    origin: 'catalog',
    closableOrigins: ['catalog'],
    title: 'Listing under moderation',
    description: 'Mercado Libre paused the listing for review: "Publicação em revisão por possível infração de propriedade intelectual".',
    feedIds: ['vtex.meli-classic', 'vtex.meli-premium'],
  },
  {
    code: 'INVNT-001',
    externalCode: 'INVNT-001-002',
    origin: 'inventory',
    closableOrigins: ['inventory'],
    title: 'Inventory update failed',
    description: 'Failed call to the marketplace API: PUT /items/{id}/stock answered 503 Service Unavailable.',
  },
  {
    code: 'NTMAP-001',
    origin: 'catalog',
    closableOrigins: ['catalog', 'price', 'inventory'],
    title: 'Unmapped channel error',
    description: '{"message":"validation_error","cause":[{"code":"item.attributes.invalid","message":"<attribute id=\'GTIN\'> is invalid"}]}',
  },
  {
    code: 'PRICE-001',
    externalCode: 'PRICE-001-001',
    origin: 'price',
    closableOrigins: ['price'],
    title: 'Price rejected by the channel',
    description: 'The price R$ 7,99 is below the minimum the channel accepts for this category (R$ 8,00).',
  },
];

/** Log-style agents that start interactions. */
export const mockAgents = ['broadcaster', 'MARKETPLACE', 'vtex-meli-connector', 'netshoes-connector'] as const;
