import { type CountryProfile, ENGLISH_TITLES, SPANISH_TITLES } from './profile';

const spanishName = (stem: string, trade: string, legal: string) => [trade, stem, legal].filter(Boolean).join(' ');

export const AMERICAS: readonly CountryProfile[] = [
  {
    country: 'US', cities: ['Houston', 'Miami', 'Chicago', 'Los Angeles', 'Atlanta', 'Newark', 'Phoenix'],
    givenNames: ['Michael', 'Jennifer', 'David', 'Ashley', 'Robert', 'Megan', 'Kevin', 'Lauren'],
    familyNames: ['Johnson', 'Miller', 'Anderson', 'Brooks', 'Sullivan', 'Reed', 'Coleman', 'Hayes'],
    stems: [['Copperleaf', 'copperleaf'], ['Tallgrass', 'tallgrass-supply'], ['Windmere', 'windmere'], ['Oakhollow', 'oakhollow'], ['Silverpine', 'silverpine-lighting'], ['Driftwood Bay', 'driftwoodbay']],
    trades: ['Lighting', 'Electric Supply', 'Solar', 'Home Goods', 'Distribution'], legalForms: ['LLC', 'Inc.', 'Corp.'],
    tld: 'com', freeMail: ['gmail.com', 'yahoo.com', 'outlook.com'], titles: ENGLISH_TITLES,
  },
  {
    country: 'CA', cities: ['Toronto', 'Vancouver', 'Montréal', 'Calgary', 'Ottawa'],
    givenNames: ['Liam', 'Olivia', 'Noah', 'Chloé', 'Ethan', 'Emma', 'Mathieu', 'Hannah'],
    familyNames: ['Tremblay', 'MacDonald', 'Gagnon', 'Campbell', 'Roy', 'Fraser', 'Bouchard', 'Wilson'],
    stems: [['Laurentian', 'laurentian-lighting'], ['Cedar Coast', 'cedarcoast'], ['Muskoka', 'muskoka-supply'], ['Prairie Wind', 'prairiewind'], ['Boréal', 'boreal-eclairage'], ['Northern Lights', 'northernlights-dist']],
    trades: ['Lighting', 'Electrical', 'Solar', 'Distribution'], legalForms: ['Inc.', 'Ltd.'],
    tld: 'ca', freeMail: ['gmail.com', 'outlook.com'], titles: ENGLISH_TITLES,
  },
  {
    country: 'MX', cities: ['Ciudad de México', 'Guadalajara', 'Monterrey', 'Puebla', 'Querétaro'],
    givenNames: ['José', 'Guadalupe', 'Alejandro', 'Fernanda', 'Luis', 'Daniela', 'Ricardo', 'Valeria'],
    familyNames: ['Hernández', 'González', 'Ramírez', 'Flores', 'Torres', 'Vargas', 'Castillo', 'Mendoza'],
    stems: [['del Bajío', 'delbajio'], ['Azteca', 'azteca-ilum'], ['Regiomontana', 'regiomontana'], ['Hernández', 'hernandez-dist'], ['del Pacífico', 'delpacifico-solar'], ['Maya', 'maya-electro']],
    trades: ['Iluminación', 'Distribuidora Eléctrica', 'Energía Solar', 'Electrodomésticos'], legalForms: ['S.A. de C.V.'],
    pattern: spanishName, tld: 'com.mx', freeMail: ['hotmail.com', 'gmail.com'], titles: SPANISH_TITLES,
  },
  {
    country: 'BR', cities: ['São Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Curitiba', 'Porto Alegre', 'Recife'],
    givenNames: ['João', 'Ana', 'Pedro', 'Juliana', 'Lucas', 'Mariana', 'Rafael', 'Beatriz'],
    familyNames: ['Silva', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Almeida', 'Carvalho', 'Ribeiro'],
    stems: [['Sol Nascente', 'solnascente'], ['Paulista', 'paulista-eletrica'], ['Carioca', 'carioca-luz'], ['Oliveira', 'oliveira-importacao'], ['Cerrado', 'cerrado-solar'], ['Ipê', 'ipe-eletro']],
    trades: ['Iluminação', 'Materiais Elétricos', 'Energia Solar', 'Eletrodomésticos', 'Comércio e Importação'], legalForms: ['Ltda.', 'S.A.'],
    tld: 'com.br', freeMail: ['uol.com.br', 'bol.com.br', 'gmail.com'],
    titles: ['Gerente de Compras', 'Diretor Comercial', 'Sócio-Proprietário', 'Comprador', 'Gerente de Importação'],
  },
  {
    country: 'AR', cities: ['Buenos Aires', 'Córdoba', 'Rosario', 'Mendoza'],
    givenNames: ['Martín', 'Sofía', 'Facundo', 'Valentina', 'Nicolás', 'Camila', 'Santiago', 'Florencia'],
    familyNames: ['Fernández', 'Gómez', 'Rodríguez', 'Díaz', 'Álvarez', 'Benítez', 'Acosta', 'Sosa'],
    stems: [['Pampa', 'pampa-ilum'], ['Rioplatense', 'rioplatense'], ['Andina', 'andina-electric'], ['Cuyo', 'cuyo-solar'], ['Fernández Hnos.', 'fernandezhnos'], ['del Litoral', 'dellitoral']],
    trades: ['Iluminación', 'Materiales Eléctricos', 'Energía Solar', 'Importadora'], legalForms: ['S.R.L.', 'S.A.'],
    pattern: spanishName, tld: 'com.ar', freeMail: ['gmail.com', 'hotmail.com'], titles: SPANISH_TITLES,
  },
  {
    country: 'CL', cities: ['Santiago', 'Valparaíso', 'Concepción', 'Antofagasta'],
    givenNames: ['Ignacio', 'Catalina', 'Benjamín', 'Josefa', 'Vicente', 'Antonia', 'Tomás', 'Constanza'],
    familyNames: ['Muñoz', 'Rojas', 'Contreras', 'Silva', 'Sepúlveda', 'Morales', 'Fuentes', 'Araya'],
    stems: [['Araucaria', 'araucaria'], ['Pacífico Sur', 'pacificosur'], ['Atacama', 'atacama-solar'], ['Austral', 'austral-ilum'], ['Los Andes', 'losandes-electric'], ['Mapocho', 'mapocho']],
    trades: ['Iluminación', 'Energía Solar', 'Comercial Eléctrica', 'Importaciones'], legalForms: ['SpA', 'Ltda.'],
    tld: 'cl', freeMail: ['gmail.com'], titles: SPANISH_TITLES,
  },
  {
    country: 'CO', cities: ['Bogotá', 'Medellín', 'Cali', 'Barranquilla', 'Cartagena'],
    givenNames: ['Andrés', 'Laura', 'Juan Pablo', 'Natalia', 'Felipe', 'Paula', 'Camilo', 'Manuela'],
    familyNames: ['Rodríguez', 'Martínez', 'Gómez', 'Restrepo', 'Londoño', 'Ospina', 'Vélez', 'Cárdenas'],
    stems: [['Caribe', 'caribe-ilum'], ['Antioqueña', 'antioquena'], ['Cafetera', 'cafetera-electric'], ['Magdalena', 'magdalena-solar'], ['Sabana', 'sabana-dist'], ['Restrepo', 'restrepo-import']],
    trades: ['Iluminación', 'Distribuciones Eléctricas', 'Energía Solar', 'Importaciones'], legalForms: ['S.A.S.'],
    tld: 'com.co', freeMail: ['gmail.com', 'hotmail.com'], titles: SPANISH_TITLES,
  },
  {
    country: 'PE', cities: ['Lima', 'Arequipa', 'Trujillo', 'Cusco'],
    givenNames: ['Luis', 'Rosa', 'Jorge', 'Milagros', 'César', 'Karina', 'Miguel', 'Patricia'],
    familyNames: ['Quispe', 'Flores', 'Huamán', 'Chávez', 'Ramos', 'Mendoza', 'Paredes', 'Salazar'],
    stems: [['Inca', 'inca-ilum'], ['Lima Norte', 'limanorte'], ['Andino', 'andino-solar'], ['Titicaca', 'titicaca-import'], ['Misti', 'misti-electric'], ['Chavín', 'chavin']],
    trades: ['Iluminación', 'Energía Solar', 'Importaciones', 'Electro'], legalForms: ['S.A.C.', 'E.I.R.L.'],
    tld: 'com.pe', freeMail: ['gmail.com', 'hotmail.com'], titles: SPANISH_TITLES,
  },
];
