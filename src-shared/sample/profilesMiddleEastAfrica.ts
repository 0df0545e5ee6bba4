import { type CountryProfile, ENGLISH_TITLES } from './profile';

export const MIDDLE_EAST_AFRICA: readonly CountryProfile[] = [
  {
    country: 'SA', cities: ['Riyadh', 'Jeddah', 'Dammam', 'Khobar', 'Makkah'],
    givenNames: ['Mohammed', 'Abdullah', 'Faisal', 'Noura', 'Khalid', 'Sultan', 'Reem', 'Turki'],
    familyNames: ['Al-Harbi', 'Al-Qahtani', 'Al-Otaibi', 'Al-Ghamdi', 'Al-Shehri', 'Al-Dosari', 'Al-Zahrani', 'Al-Mutairi'],
    stems: [['Al Noor', 'alnoor-lighting'], ['Najd', 'najd-electric'], ['Al Safwa', 'alsafwa-trading'], ['Red Sea', 'redsea-solar'], ['Al Fajr', 'alfajr-est'], ['Al Waha', 'alwaha-ksa']],
    trades: ['Lighting', 'Electrical Trading', 'Solar Energy', 'Home Appliances'], legalForms: ['Co.', 'Est.', 'LLC'],
    tld: 'com.sa', freeMail: ['gmail.com', 'hotmail.com'], titles: ENGLISH_TITLES,
  },
  {
    country: 'AE', cities: ['Dubai', 'Abu Dhabi', 'Sharjah', 'Ajman'],
    givenNames: ['Ahmed', 'Omar', 'Fatima', 'Rashid', 'Hamdan', 'Mariam', 'Saeed', 'Khalid'],
    familyNames: ['Al Mansoori', 'Al Suwaidi', 'Al Nuaimi', 'Al Hammadi', 'Al Shamsi', 'Al Ketbi', 'Al Falasi', 'Al Marri'],
    stems: [['Al Manara', 'almanara'], ['Gulf Star', 'gulfstar-gt'], ['Desert Rose', 'desertrose-trading'], ['Al Khaleej', 'alkhaleej-elec'], ['Palm Coast', 'palmcoast'], ['Deira Bright', 'deirabright']],
    trades: ['General Trading', 'Lighting', 'Electrical Equipment', 'Solar Solutions'], legalForms: ['LLC', 'FZE', 'FZCO'],
    tld: 'ae', freeMail: ['gmail.com', 'hotmail.com', 'outlook.com'], titles: ENGLISH_TITLES,
  },
  {
    country: 'EG', cities: ['Cairo', 'Alexandria', 'Giza', '10th of Ramadan City'],
    givenNames: ['Mahmoud', 'Mostafa', 'Hana', 'Karim', 'Yasmin', 'Tarek', 'Amr', 'Nadia'],
    familyNames: ['Hassan', 'Abdel Rahman', 'El Sayed', 'Mansour', 'Farouk', 'Saleh', 'Nasser', 'Fathy'],
    stems: [['Nile Star', 'nilestar-eg'], ['Delta', 'delta-lighting-eg'], ['Sinai', 'sinai-solar'], ['Luxor', 'luxor-electric'], ['Misr Bright', 'misrbright'], ['Pharos', 'pharos-trading']],
    trades: ['for Trading', 'for Import & Export', 'Lighting', 'Electric'], legalForms: ['S.A.E.', 'Co.', ''],
    tld: 'com.eg', freeMail: ['gmail.com', 'yahoo.com', 'hotmail.com'], titles: ENGLISH_TITLES,
  },
  {
    country: 'NG', cities: ['Lagos', 'Abuja', 'Kano', 'Port Harcourt', 'Ibadan'],
    givenNames: ['Chinedu', 'Ngozi', 'Oluwaseun', 'Emeka', 'Funmilayo', 'Ibrahim', 'Aisha', 'Tunde'],
    familyNames: ['Okonkwo', 'Adebayo', 'Eze', 'Bello', 'Okafor', 'Adeyemi', 'Nwosu', 'Balogun'],
    stems: [['Eko Bright', 'ekobright'], ['Adebayo & Sons', 'adebayosons'], ['Niger Delta', 'nigerdelta-power'], ['Zuma Rock', 'zumarock-solar'], ['Ofada', 'ofada-electric'], ['Olumo', 'olumo-ventures']],
    trades: ['Electricals', 'Solar Power', 'Enterprises', 'Lighting'], legalForms: ['Ltd', 'Nigeria Limited', ''],
    tld: 'com.ng', freeMail: ['gmail.com', 'yahoo.com'], titles: ['CEO', 'Managing Director', 'Procurement Manager', 'Owner', 'Sales Manager'],
  },
  {
    country: 'ZA', cities: ['Johannesburg', 'Cape Town', 'Durban', 'Pretoria', 'Gqeberha'],
    givenNames: ['Thabo', 'Lerato', 'Pieter', 'Anika', 'Sipho', 'Nomsa', 'Johan', 'Zanele'],
    familyNames: ['Nkosi', 'van der Merwe', 'Dlamini', 'Botha', 'Mokoena', 'Pretorius', 'Naidoo', 'Khumalo'],
    stems: [['Karoo', 'karoo-solar'], ['Table Bay', 'tablebay-lighting'], ['Protea', 'protea-electrical'], ['Highveld', 'highveld-supplies'], ['Drakensberg', 'drakensberg-power'], ['Umhlanga', 'umhlanga-trading']],
    trades: ['Solar', 'Lighting', 'Electrical Wholesalers', 'Appliances'], legalForms: ['(Pty) Ltd'],
    tld: 'co.za', freeMail: ['gmail.com', 'outlook.com'], titles: ENGLISH_TITLES,
  },
  {
    country: 'KE', cities: ['Nairobi', 'Mombasa', 'Kisumu', 'Nakuru'],
    givenNames: ['Wanjiru', 'Kamau', 'Achieng', 'Otieno', 'Njeri', 'Kipchoge', 'Mwangi', 'Akinyi'],
    familyNames: ['Mwangi', 'Odhiambo', 'Kariuki', 'Wekesa', 'Chebet', 'Njoroge', 'Omondi', 'Mutua'],
    stems: [['Savannah', 'savannah-solar'], ['Kilima', 'kilima-electric'], ['Jua Bora', 'juabora'], ['Rift Valley', 'riftvalley-lighting'], ['Pwani', 'pwani-traders'], ['Mlima', 'mlima-power']],
    trades: ['Solar', 'Electricals', 'Lighting', 'Traders'], legalForms: ['Ltd', 'Limited'],
    tld: 'co.ke', freeMail: ['gmail.com', 'yahoo.com'], titles: ENGLISH_TITLES,
  },
];
