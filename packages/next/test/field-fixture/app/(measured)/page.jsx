export default function Home() {
  return <main><h1>Field fixture</h1></main>;
}
