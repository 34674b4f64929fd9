-- Mixed traffic: nine in ten requests are the 2 KB business chat of chat-2kb.lua; one in ten carries a picture and asks
-- about the person in it, worded differently every time (a counter), so the embedding cache never answers for it.
local filler = string.rep("Summarise the quarterly sales figures for the northern region and list three follow-up actions. ", 20)
local plain = '{"messages":[{"role":"system","content":"You are a helpful business analyst."},{"role":"user","content":"' .. filler .. '"}],"max_tokens":64}'
-- A 1x1 JPEG; the gateway reads its (absent) EXIF like any other picture.
local jpeg = "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxD/2Q=="
local questions = {
  "Who is the woman standing next to the blue car in picture %d?",
  "Can you tell me the name of the man at the counter in frame %d?",
  "Is the person in photo %d the same one who visited us last week?",
  "Describe what the person in image %d is wearing and where they are standing.",
}
local n = 0
wrk.method = "POST"
wrk.path = "/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["api-key"] = os.getenv("LOAD_KEY")

function request()
  n = n + 1
  if n % 10 ~= 0 then
    return wrk.format(nil, nil, nil, plain)
  end
  local text = string.format(questions[(n / 10) % #questions + 1], n)
  local body = '{"messages":[{"role":"user","content":[{"type":"text","text":"' .. text .. '"},'
    .. '{"type":"image_url","image_url":{"url":"data:image/jpeg;base64,' .. jpeg .. '"}}]}],"max_tokens":64}'
  return wrk.format(nil, nil, nil, body)
end
