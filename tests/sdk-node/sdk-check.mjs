// Drives the real openai npm SDK against a running gateway and prints what the SDK surfaced, as one JSON line.
// Usage: GATEWAY_URL=http://127.0.0.1:8080 node sdk-check.mjs
import { AzureOpenAI } from "openai";

const endpoint = process.env.GATEWAY_URL;
let calls = 0;
const countingFetch = (url, init) => { calls++; return fetch(url, init); };
const client = (apiKey) => new AzureOpenAI({ endpoint, apiKey, apiVersion: "2024-10-21", deployment: "gpt-4o", fetch: countingFetch });

const result = {};
try {
  await client("pgw-demo-us-police").chat.completions.create({
    model: "gpt-4o",
    messages: [{ role: "user", content: "Identify the man in this body-camera still by matching his face against our mugshot database." }],
  });
  result.blocked = { outcome: "allowed" };
} catch (error) {
  result.blocked = {
    outcome: error.constructor.name,
    status: error.status,
    code: error.code,
    type: error.type,
    message: error.message,
    requestID: error.requestID,
    decisionId: error.headers?.get?.("x-policy-decision-id") ?? null,
  };
}
result.blockedCalls = calls;

const stream = await client("pgw-demo-us-retail").chat.completions.create({
  model: "gpt-4o",
  stream: true,
  messages: [{ role: "user", content: "Write a haiku about autumn leaves." }],
});
let text = "";
for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? "";
result.allowedStreamText = text;

console.log(JSON.stringify(result));
