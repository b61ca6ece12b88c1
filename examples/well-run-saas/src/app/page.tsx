import Link from "next/link";
import Image from "next/image";

export default function Home() {
  return (
    <main>
      <h1>Get paid on time, without chasing.</h1>
      <p>Ledgerline sends your invoices, reminds late payers and reconciles payments for you.</p>
      <Link href="/login">Sign in</Link>
      <Image src="https://assets.ledgerline.example/hero.webp" alt="An invoice being paid" width={960} height={540} priority />
    </main>
  );
}
