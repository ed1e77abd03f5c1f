declare -A counts=()
while IFS= read -r line; do
  word=${line%% *}
  counts[$word]=$(( ${counts[$word]:-0} + 1 ))
done < input.txt

for key in "${!counts[@]}"; do
  printf "%-20s %d\n" "$key" "${counts[$key]}"
done | sort -k2 -nr
