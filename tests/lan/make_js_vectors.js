#!/usr/bin/env node
// Provenance of the known-answer vectors in tests/lan/test_shs.py and test_boxstream.py.
//
// It runs the JavaScript reference implementations (shs1-crypto 1.0.2, the crypto of
// the shs1-test suite, and pull-box-stream 1.0.13) on pinned inputs and prints the
// results as JSON. Not run by the test suite; to regenerate:
//
//   npm install --prefix /tmp/shsjs shs1-test@1.1.1 pull-box-stream@1.0.13 pull-stream@3
//   NODE_PATH=/tmp/shsjs/node_modules node tests/lan/make_js_vectors.js
'use strict';
const sodium = require('chloride');
const shs = require('shs1-crypto');
const boxes = require('pull-box-stream');
const pull = require('pull-stream');

const fill = (byte, n) => Buffer.alloc(n, byte);
// Curve25519 base point (u = 9): scalarmult(sk, BASE) is crypto_scalarmult_base.
const BASE = Buffer.concat([Buffer.from([9]), Buffer.alloc(31)]);
const hex = b => Buffer.from(b).toString('hex');

// --- handshake -------------------------------------------------------------------
const network_identifier = Buffer.from(
  'd4a1cb88a66f02f8db635ce26441cc5dac1b08420ceaac230839b755845a9ffb', 'hex'); // SSB main net
const client = sodium.crypto_sign_seed_keypair(fill(1, 32));
const server = sodium.crypto_sign_seed_keypair(fill(2, 32));
const client_ephemeral_sk = fill(3, 32);
const server_ephemeral_sk = fill(4, 32);

const clientState = {
  network_identifier,
  client_longterm_sk: client.secretKey,
  client_longterm_pk: client.publicKey,
  client_ephemeral_sk,
  client_ephemeral_pk: sodium.crypto_scalarmult(client_ephemeral_sk, BASE),
  server_longterm_pk: server.publicKey
};
const serverState = {
  network_identifier,
  server_longterm_sk: server.secretKey,
  server_longterm_pk: server.publicKey,
  server_ephemeral_sk,
  server_ephemeral_pk: sodium.crypto_scalarmult(server_ephemeral_sk, BASE)
};

const msg1 = shs.createMsg1(clientState);
if (!shs.verifyMsg1(serverState, msg1)) throw new Error('msg1');
const msg2 = shs.createMsg2(serverState);
if (!shs.verifyMsg2(clientState, msg2)) throw new Error('msg2');
const msg3 = shs.createMsg3(clientState);
if (!shs.verifyMsg3(serverState, msg3)) throw new Error('msg3');
const msg4 = shs.createMsg4(serverState);
if (!shs.verifyMsg4(clientState, msg4)) throw new Error('msg4');
const co = shs.clientOutcome(clientState);
const so = shs.serverOutcome(serverState);

// --- box stream ------------------------------------------------------------------
const key = fill(5, 32);
// Ends in ...fffe: the body nonce is ...ffff and the next header carries into the
// higher bytes, exercising the big-endian increment.
const nonce = Buffer.concat([fill(0, 20), Buffer.from('00fffffe', 'hex')]);
const pattern = n => Buffer.from(Array.from({length: n}, (_, i) => i % 251));
const inputs = [Buffer.from('hello'), pattern(4096), pattern(5000)];

pull(
  pull.values(inputs),
  boxes.createBoxStream(key, nonce),
  pull.collect((err, chunks) => {
    if (err) throw err;
    console.log(JSON.stringify({
      shs: {
        network_key: hex(network_identifier),
        client_seed: hex(fill(1, 32)),
        server_seed: hex(fill(2, 32)),
        client_ephemeral_sk: hex(client_ephemeral_sk),
        server_ephemeral_sk: hex(server_ephemeral_sk),
        msg1: hex(msg1),
        msg2: hex(msg2),
        msg3: hex(msg3),
        msg4: hex(msg4),
        client: {
          encrypt_key: hex(co.encryption_key), encrypt_nonce: hex(co.encryption_nonce),
          decrypt_key: hex(co.decryption_key), decrypt_nonce: hex(co.decryption_nonce)
        },
        server: {
          encrypt_key: hex(so.encryption_key), encrypt_nonce: hex(so.encryption_nonce),
          decrypt_key: hex(so.decryption_key), decrypt_nonce: hex(so.decryption_nonce)
        }
      },
      boxstream: {
        key: hex(key),
        nonce: hex(nonce),
        inputs: ['hello', 'pattern(4096)', 'pattern(5000)'],
        stream_sha256: hex(sodium.crypto_hash_sha256(Buffer.concat(chunks))),
        stream_length: Buffer.concat(chunks).length,
        first_frame: hex(Buffer.concat(chunks).slice(0, 34 + 5)),
        goodbye: hex(chunks[chunks.length - 1])
      }
    }, null, 1));
  })
);
