import type { Metadata } from 'next';
import { CampaignForm } from '@/components/campaign-form';

export const metadata: Metadata = { title: 'New campaign' };

export default function NewCampaignPage() {
  return (
    <>
      <h1>New campaign</h1>
      <p className="muted">Drafts are kept in this browser tab only: the demo has no backend.</p>
      <CampaignForm />
    </>
  );
}
