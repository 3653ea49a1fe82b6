export interface Persona {
  id: string;
  name: string;
  role: string;
  segment: string;
  /** Share of the audience (0–1). */
  share: number;
  goals: string[];
}

/** Marketing personas of the sample workspace. */
export const PERSONAS: readonly Persona[] = [
  { id: 'p-01', name: 'Budget-minded Bea', role: 'Office manager', segment: 'SMB', share: 0.22, goals: ['Lower costs', 'Simple billing'] },
  { id: 'p-02', name: 'Growth Gabe', role: 'Head of growth', segment: 'Scale-up', share: 0.18, goals: ['Faster experiments', 'Attribution'] },
  { id: 'p-03', name: 'Compliance Carla', role: 'Legal counsel', segment: 'Enterprise', share: 0.09, goals: ['Audit trail', 'Data residency'] },
  { id: 'p-04', name: 'Developer Dev', role: 'Staff engineer', segment: 'Scale-up', share: 0.14, goals: ['Good API', 'Webhooks'] },
  { id: 'p-05', name: 'Agency Ana', role: 'Account director', segment: 'Agency', share: 0.12, goals: ['Multi-client view', 'White label'] },
  { id: 'p-06', name: 'Founder Finn', role: 'Founder', segment: 'Startup', share: 0.11, goals: ['Quick setup', 'Low price'] },
  { id: 'p-07', name: 'Analyst Ari', role: 'Marketing analyst', segment: 'Enterprise', share: 0.08, goals: ['Exports', 'Cohorts'] },
  { id: 'p-08', name: 'Retail Rosa', role: 'E-commerce lead', segment: 'Retail', share: 0.06, goals: ['Seasonal campaigns', 'ROAS'] },
];
