import { redirect } from 'next/navigation';

/** `/` has nothing of its own: the console starts at the dashboard. */
export default function Home(): never {
  redirect('/dashboard');
}
