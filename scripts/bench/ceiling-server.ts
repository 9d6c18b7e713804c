// The runtime's ceiling for the bench: a bare node:http server answering one precomputed page
// (the body our list answers, with its content type), nothing else. Started in its own process,
// as our server is, and loaded by the same client in the same run: what the API reaches is
// printed as a share of this. Listens on 127.0.0.1 only.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const [port, bodyFile] = process.argv.slice(2);
const body = readFileSync(bodyFile!);
createServer((_req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=UTF-8', 'Content-Length': body.length });
  res.end(body);
}).listen(Number(port), '127.0.0.1', () => process.send?.('listening'));
