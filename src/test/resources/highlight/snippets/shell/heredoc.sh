cat > config.yml <<EOF2
title: $TITLE
url: "https://${DOMAIN}"
EOF2

cat <<-'RAW'
	no $expansion here
	RAW

files=(*.md)
echo "${#files[@]} files" | tee -a build.log
grep -rn 'TODO' src/ | sort -u | head -n 20 > todo.txt
[ -f todo.txt ] && wc -l < todo.txt
echo $'tab\there' `whoami`
