-- POSTs a ~2 KB chat-completion request; the key comes from the environment so one script serves all three targets.
local filler = string.rep("Summarise the quarterly sales figures for the northern region and list three follow-up actions. ", 20)
wrk.method = "POST"
wrk.path = "/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["api-key"] = os.getenv("LOAD_KEY")
wrk.body = '{"messages":[{"role":"system","content":"You are a helpful business analyst."},{"role":"user","content":"' .. filler .. '"}],"max_tokens":64}'
