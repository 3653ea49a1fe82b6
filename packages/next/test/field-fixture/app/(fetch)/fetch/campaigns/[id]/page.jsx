import { Campaign } from '../../../../../components/campaign.jsx';

export default async function FetchCampaignPage({ params }) {
  const { id } = await params;
  return <Campaign id={id} />;
}
