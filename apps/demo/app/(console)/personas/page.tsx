import type { Metadata } from 'next';
import { PersonaList } from '@/components/persona-list';
import { PERSONAS } from '@/data/personas';

export const metadata: Metadata = { title: 'Personas' };

export default function PersonasPage() {
  return (
    <>
      <h1>Personas</h1>
      <PersonaList personas={PERSONAS} />
    </>
  );
}
