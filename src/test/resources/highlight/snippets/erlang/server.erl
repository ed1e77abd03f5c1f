%% A tiny key-value server.
-module(kv_server).
-behaviour(gen_server).
-export([start_link/0, put/2, get/1]).
-export([init/1, handle_call/3, handle_cast/2]).
-define(TIMEOUT, 5000).
-record(state, {table = #{} :: map(), hits = 0}).

start_link() ->
    gen_server:start_link({local, ?MODULE}, ?MODULE, [], []).

put(Key, Value) -> gen_server:call(?MODULE, {put, Key, Value}, ?TIMEOUT).
get(Key) -> gen_server:call(?MODULE, {get, Key}).

init([]) -> {ok, #state{}}.

handle_call({put, K, V}, _From, S = #state{table = T}) ->
    {reply, ok, S#state{table = maps:put(K, V, T)}};
handle_call({get, K}, _From, S) when is_atom(K); is_binary(K) ->
    case maps:find(K, S#state.table) of
        {ok, V} -> {reply, {ok, V}, S};
        error -> {reply, not_found, S}
    end.

handle_cast(_Msg, State) -> {noreply, State}.

fmt(X) ->
    io:format("value: ~p~n\t~s~n", [X, "done"]),
    Hex = 16#ff, Bin = 2#1010, F = 3.14e-2, C = $a,
    <<Hex:8, Bin/binary>>,
    [Y * 2 || Y <- [1, 2, 3], Y rem 2 =:= 1],
    'quoted atom', C, F.
