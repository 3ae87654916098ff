export function LoadingScreen({ message }: { message: string }) {
  return (
    <main className="splash" aria-busy="true">
      <p className="loading-message" role="status">
        {message}
      </p>
    </main>
  );
}
