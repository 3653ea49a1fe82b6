import { Campaign } from '../../../../../components/campaign.jsx';

export default async function BareCampaignPage({ params }) {
  const { id } = await params;
  return <Campaign id={id} />;
}
