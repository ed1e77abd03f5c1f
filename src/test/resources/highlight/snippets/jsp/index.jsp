<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<html>
<body>
<%-- a JSP comment --%>
<% String name = request.getParameter("name");
   int count = 3; %>
<h1>Hello, <%= name != null ? name : "world" %>!</h1>
<c:forEach var="i" begin="1" end="${count}">
  <p>Item ${i}</p>
</c:forEach>
<%! private int total = 0; %>
</body>
</html>
