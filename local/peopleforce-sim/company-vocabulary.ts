/** Word lists the demo-company generator draws from. Invented names; emails use reserved `.example` domains. */

function words(list: string): readonly string[] {
  return list.split(' ');
}

export const companyNames = [
  { name: 'Brightpath Labs', domain: 'brightpath.example' },
  { name: 'Northwind Analytics', domain: 'northwind.example' },
  { name: 'Bluefjord Software', domain: 'bluefjord.example' },
  { name: 'Kestrel Health', domain: 'kestrelhealth.example' },
  { name: 'Lumen & Oak', domain: 'lumenoak.example' },
] as const;

export const firstNames = {
  female: words(
    'Olena Anna Maria Sofia Emma Julia Kateryna Iryna Zofia Hanna Laura Chloe Priya Aisha Mei Lucia Ingrid Nadia Elena Grace Amelia Marta Yuki Fatima',
  ),
  male: words(
    'Andrii Taras Piotr Lukas Oliver James Mateo Dmytro Jan Noah Ethan Omar Rahul Kenji Felix Marek Bohdan Samuel Henrik Leo Daniel Arjun Tomas Hugo',
  ),
} as const;

export const lastNames = words(
  'Kovalenko Shevchenko Nowak Kowalski Schmidt Müller Smith Johnson García Rossi Bondarenko Tkachenko Wiśniewska Novák Jensen Larsen O’Brien Patel Sharma Tanaka Kim Chen Dubois Martin Lewandowski Fischer Moreau Silva Costa Andersson Hughes Walsh Hoffmann Melnyk Kravets Sato Nguyen Haddad Okafor Rivera',
);

/** The first department is the CEO's. `weight` is the relative headcount of the rest. */
export const departments = [
  {
    name: 'Management',
    weight: 1,
    division: 'General & Administrative',
    head: 'Chief Executive Officer',
    positions: ['Chief of Staff'],
  },
  {
    name: 'People',
    weight: 6,
    division: 'General & Administrative',
    head: 'Head of People',
    positions: ['HR Generalist', 'HR Manager', 'Recruiter', 'People Partner'],
  },
  {
    name: 'Engineering',
    weight: 30,
    division: 'Product & Technology',
    head: 'VP of Engineering',
    positions: [
      'Software Engineer',
      'Senior Software Engineer',
      'QA Engineer',
      'Engineering Manager',
      'DevOps Engineer',
    ],
  },
  {
    name: 'IT',
    weight: 5,
    division: 'Product & Technology',
    head: 'IT Manager',
    positions: ['IT Support Specialist', 'System Administrator'],
  },
  {
    name: 'Finance',
    weight: 6,
    division: 'General & Administrative',
    head: 'Finance Director',
    positions: ['Accountant', 'Payroll Specialist', 'Financial Analyst'],
  },
  {
    name: 'Sales',
    weight: 14,
    division: 'Go-to-Market',
    head: 'Head of Sales',
    positions: ['Account Executive', 'Sales Development Representative', 'Sales Manager'],
  },
  {
    name: 'Marketing',
    weight: 8,
    division: 'Go-to-Market',
    head: 'Marketing Director',
    positions: ['Content Marketer', 'Product Marketing Manager', 'Designer'],
  },
  {
    name: 'Customer Success',
    weight: 10,
    division: 'Go-to-Market',
    head: 'Head of Customer Success',
    positions: ['Customer Success Manager', 'Support Engineer'],
  },
  {
    name: 'Design',
    weight: 6,
    division: 'Product & Technology',
    head: 'Design Lead',
    positions: ['Product Designer', 'UX Researcher'],
  },
  {
    name: 'Legal',
    weight: 3,
    division: 'General & Administrative',
    head: 'General Counsel',
    positions: ['Legal Counsel', 'Compliance Officer'],
  },
] as const;

export const divisions = ['General & Administrative', 'Product & Technology', 'Go-to-Market'] as const;

export const locations = [
  { name: 'Kyiv', phone: '+380 67' },
  { name: 'Warsaw', phone: '+48 501' },
  { name: 'Berlin', phone: '+49 151' },
  { name: 'London', phone: '+44 7700' },
  { name: 'Remote', phone: '+1 415' },
] as const;

export const employmentTypes = ['Full-time', 'Part-time', 'Contractor'] as const;

export const attachmentNames = words(
  'Employment_contract.pdf NDA_signed.pdf Equipment_checklist.xlsx Onboarding_plan.docx Exit_checklist.pdf Benefits_overview.pdf Org_chart.png',
);

export const imageNames = [
  { file: 'floor-plan.png', alt: 'Office floor plan' },
  { file: 'seat-map.png', alt: 'Seat map, 3rd floor' },
  { file: 'laptop-setup.jpg', alt: 'Laptop setup steps' },
] as const;

export const monthNames = words(
  'January February March April May June July August September October November December',
);
