import { Campaign } from '../../../../components/campaign.jsx';

export default async function CampaignPage({ params }) {
  const { id } = await params;
  return <Campaign id={id} />;
}
